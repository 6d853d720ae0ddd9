/**
 * A strict well-formedness check for the XML the adapters write (there is no XML parser among
 * the dependencies). It covers the part of XML 1.0 the SVG adapter uses — an optional XML
 * declaration, elements, attributes, text, character and entity references, comments — and
 * reports anything else (a DTD, CDATA, processing instructions) as a problem.
 */

const NAME = /^[A-Za-z_:][A-Za-z0-9_:.-]*/;
const REFERENCE = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/;
// Characters XML 1.0 does not allow (lone surrogates included).
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

/** Problems with text or an attribute value: stray `&`, `<`, or characters XML cannot hold. */
function textProblems(text: string, where: string, inAttribute: boolean): string[] {
  const problems: string[] = [];
  if (NOT_XML_CHAR.test(text)) problems.push(`${where}: a character XML cannot hold`);
  if (inAttribute && text.includes("<")) problems.push(`${where}: "<" in an attribute value`);
  if (!inAttribute && text.includes("]]>")) problems.push(`${where}: "]]>" in text`);
  for (let i = text.indexOf("&"); i !== -1; i = text.indexOf("&", i + 1)) {
    if (!REFERENCE.test(text.slice(i))) problems.push(`${where}: "&" that starts no reference`);
  }
  return problems;
}

/** The problems that make `text` not a well-formed XML document; empty when it is one. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  let roots = 0;
  let i = 0;
  const declaration = /^<\?xml\s[^?<>]*\?>/.exec(text);
  if (declaration !== null) i = declaration[0].length;
  while (i < text.length && problems.length === 0) {
    const at = `offset ${i}`;
    if (!text.startsWith("<", i)) {
      const end = text.indexOf("<", i);
      const chunk = text.slice(i, end === -1 ? text.length : end);
      if (open.length === 0 && chunk.trim() !== "") problems.push(`${at}: text outside the root element`);
      problems.push(...textProblems(chunk, at, false));
      i += chunk.length;
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end === -1) problems.push(`${at}: unclosed comment`);
      else if (text.slice(i + 4, end).includes("--") || text[end - 1] === "-") problems.push(`${at}: "--" inside a comment`);
      i = end === -1 ? text.length : end + 3;
    } else if (text.startsWith("</", i)) {
      const name = NAME.exec(text.slice(i + 2))?.[0];
      const close = name === undefined ? null : new RegExp(`^</${name.replace(/[.]/g, "\\.")}\\s*>`).exec(text.slice(i));
      if (name === undefined || close === null) problems.push(`${at}: malformed end tag`);
      else if (open.pop() !== name) problems.push(`${at}: </${name}> does not close the open element`);
      i += close?.[0].length ?? 2;
    } else if (text.startsWith("<!", i) || text.startsWith("<?", i)) {
      problems.push(`${at}: DTD, CDATA or processing instruction (not used by the adapters)`);
    } else {
      const name = NAME.exec(text.slice(i + 1))?.[0];
      if (name === undefined) {
        problems.push(`${at}: "<" that starts no tag`);
        break;
      }
      let j = i + 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const attribute = /^(\s+)([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*("[^"]*"|'[^']*')/.exec(text.slice(j));
        if (attribute === null) break;
        const [whole, , attributeName = "", quoted = ""] = attribute;
        if (seen.has(attributeName)) problems.push(`${at}: attribute ${attributeName} given twice`);
        seen.add(attributeName);
        problems.push(...textProblems(quoted.slice(1, -1), `${at} ${name}@${attributeName}`, true));
        j += whole.length;
      }
      const end = /^\s*(\/?)>/.exec(text.slice(j));
      if (end === null) {
        problems.push(`${at}: malformed start tag <${name}`);
        break;
      }
      if (open.length === 0) roots += 1;
      if (end[1] !== "/") open.push(name);
      i = j + end[0].length;
    }
  }
  if (problems.length === 0 && open.length > 0) problems.push(`unclosed elements: ${open.join(" > ")}`);
  if (problems.length === 0 && roots !== 1) problems.push(`${roots} root elements, expected 1`);
  return problems;
}
