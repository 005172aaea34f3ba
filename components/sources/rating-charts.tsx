import { formatDate } from "@/lib/format";
import { RELIABILITY, type ReliabilityGrade } from "@/lib/scales";

const BAR_COLORS: Record<ReliabilityGrade, string> = {
  A: "#059669",
  B: "#0d9488",
  C: "#d97706",
  D: "#ea580c",
  E: "#dc2626",
  F: "#64748b",
};

/** How many analysts currently give each grade: a bar per grade, with a text equivalent. */
export function RatingDistribution({
  distribution,
}: {
  distribution: { grade: ReliabilityGrade; count: number }[];
}) {
  const max = Math.max(1, ...distribution.map((bucket) => bucket.count));
  const summary = distribution.map((bucket) => `${bucket.grade}: ${bucket.count}`).join(", ");
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox="0 0 300 140"
        role="img"
        aria-label={`Current ratings by grade. ${summary}.`}
        className="w-full max-w-sm"
      >
        {distribution.map((bucket, index) => {
          const height = (bucket.count / max) * 90;
          const x = 10 + index * 48;
          return (
            <g key={bucket.grade}>
              <rect
                x={x}
                y={105 - height}
                width={36}
                height={height}
                rx={4}
                fill={BAR_COLORS[bucket.grade]}
                opacity={bucket.count ? 0.9 : 0.15}
              />
              <text x={x + 18} y={100 - height} textAnchor="middle" fontSize="12" className="fill-current">
                {bucket.count || ""}
              </text>
              <text
                x={x + 18}
                y={125}
                textAnchor="middle"
                fontSize="13"
                fontWeight="700"
                className="fill-current"
              >
                {bucket.grade}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-muted text-xs">Each analyst&apos;s latest grade.</figcaption>
    </figure>
  );
}

const RANK: Record<ReliabilityGrade, number> = { A: 0, B: 1, C: 2, D: 3, E: 4, F: 5 };

/** The team's consensus after each rating, as a step line from A (top) to F (bottom). */
export function ConsensusTimeline({
  timeline,
}: {
  timeline: { at: Date; grade: ReliabilityGrade | null; spread: number; count: number }[];
}) {
  const points = timeline.filter(
    (point): point is typeof point & { grade: ReliabilityGrade } => point.grade !== null,
  );
  if (points.length === 0) return <p className="text-muted text-sm">No ratings yet.</p>;
  const first = points[0]?.at.getTime() ?? 0;
  const last = points.at(-1)?.at.getTime() ?? first;
  // Ratings all given on one day have no time to spread over: they are placed in their order.
  const isOneDay = formatDate(new Date(first)) === formatDate(new Date(last));
  const span = Math.max(1, last - first);
  const x = (at: Date, index: number) =>
    points.length === 1
      ? 150
      : isOneDay
        ? 30 + (index / (points.length - 1)) * 250
        : 30 + ((at.getTime() - first) / span) * 250;
  const y = (grade: ReliabilityGrade) => 12 + RANK[grade] * 20;
  // A step line: the consensus holds until the next rating changes it.
  const path = points
    .map((point, index) =>
      index === 0
        ? `M ${x(point.at, index)} ${y(point.grade)}`
        : `H ${x(point.at, index)} V ${y(point.grade)}`,
    )
    .join(" ");
  return (
    <figure className="flex flex-col gap-2">
      <svg
        viewBox="0 0 300 130"
        role="img"
        aria-label={`Consensus over time, from ${points[0]?.grade ?? ""} to ${points.at(-1)?.grade ?? ""}.`}
        className="w-full max-w-sm"
      >
        {(Object.keys(RANK) as ReliabilityGrade[]).map((grade) => (
          <g key={grade}>
            <line x1={24} x2={290} y1={y(grade)} y2={y(grade)} stroke="currentColor" opacity={0.1} />
            <text x={8} y={y(grade) + 4} fontSize="11" fontWeight="700" className="fill-current">
              {grade}
            </text>
          </g>
        ))}
        <path d={path} fill="none" stroke="var(--primary)" strokeWidth={2.5} />
        {points.map((point, index) => (
          <circle
            key={index}
            cx={x(point.at, index)}
            cy={y(point.grade)}
            r={4}
            fill={BAR_COLORS[point.grade]}
          />
        ))}
      </svg>
      <figcaption className="sr-only">
        <table>
          <thead>
            <tr>
              <th>After rating on</th>
              <th>Consensus</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index}>
                <td>{formatDate(point.at)}</td>
                <td>
                  {point.grade} ({RELIABILITY[point.grade].label}), {point.count} ratings
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
      <p aria-hidden="true" className="text-muted text-xs">
        {isOneDay
          ? `${points.length === 1 ? "One rating" : `${points.length} ratings, in order,`} on ${formatDate(new Date(first))}`
          : `${formatDate(new Date(first))} – ${formatDate(new Date(last))}`}
      </p>
    </figure>
  );
}
