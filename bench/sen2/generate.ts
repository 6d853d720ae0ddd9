/**
 * Writes a large synthetic SEN2 return (2025 layout) to stdout: `tsx bench/sen2/generate.ts 20000`.
 * Fictional identifiers only; dates from a fixed pseudo-random sequence, so runs compare.
 */
const persons = Number(process.argv[2] ?? "20000");
let seed = 42;
const random = (n: number): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const day = (base: number, plus: number): string => new Date(Date.UTC(2024, 0, 1) + (base + plus) * 86_400_000).toISOString().slice(0, 10);
const out: string[] = [
  `<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><CollectionDetails><Collection>SEN2</Collection><Year>2025</Year><ReferenceDate>2025-01-16</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel><LEA>999</LEA></Source></Header><Persons>\n`,
];
const flush = (): void => {
  process.stdout.write(out.join(""));
  out.length = 0;
};
for (let i = 0; i < persons; i += 1) {
  const upn = `Z${String(i).padStart(12, "0")}`;
  const received = random(300);
  const decided = received + 28 + random(30);
  const issued = decided + 60 + random(120);
  const historical = random(3) === 0;
  const request = historical
    ? `<Requests><ReceivedDate>${day(-700, received)}</ReceivedDate><RequestOutcome>H</RequestOutcome><Assessment><AssessmentOutcome>H</AssessmentOutcome><NamedPlan><StartDate>${day(-700, issued)}</StartDate></NamedPlan></Assessment><ActivePlans><PlacementDetail><URN>100000</URN><PlacementRank>1</PlacementRank></PlacementDetail><ReviewMeeting>${day(0, random(300))}</ReviewMeeting><ReviewOutcome>M</ReviewOutcome><LastReview>${day(0, 310)}</LastReview></ActivePlans></Requests>`
    : `<Requests><ReceivedDate>${day(0, received)}</ReceivedDate><RequestSource>${1 + random(5)}</RequestSource><RequestOutcomeDate>${day(0, decided)}</RequestOutcomeDate><RequestOutcome>Y</RequestOutcome><RequestMediation>0</RequestMediation><RequestTribunal>0</RequestTribunal><Assessment><AssessmentOutcome>Y</AssessmentOutcome><AssessmentOutcomeDate>${day(0, issued - 20)}</AssessmentOutcomeDate><OtherMediation>${random(20) === 0 ? 1 : 0}</OtherMediation><Week20>${random(10) === 0 ? 1 : 0}</Week20><NamedPlan><StartDate>${day(0, issued)}</StartDate><PlanDetail><URN>100000</URN><PlacementRank>1</PlacementRank></PlanDetail></NamedPlan></Assessment></Requests>`;
  out.push(
    `<Person><Surname>Synthetic</Surname><Forename>Person</Forename><PersonBirthDate>2014-0${1 + random(9)}-15</PersonBirthDate><Sex>F</Sex><UPN>${upn}</UPN>${request}</Person>\n`,
  );
  if (out.length >= 1000) flush();
}
out.push("</Persons></Message>\n");
flush();
