/** The words that explain a client-focus score, lowest band first; each band starts at `from`. */
const SCORE_WORDS: ReadonlyArray<{ from: number; word: string }> = [
  { from: 0, word: 'All about you' },
  { from: 20, word: 'Mostly about you' },
  { from: 40, word: 'Half you, half them' },
  { from: 60, word: 'Mostly about them' },
  { from: 80, word: 'All about them' },
];

/** The word for a 0–100 client-focus score (higher = more about the reader). */
export function scoreWord(score: number): string {
  let word = SCORE_WORDS[0]?.word ?? '';
  for (const band of SCORE_WORDS) if (score >= band.from) word = band.word;
  return word;
}

export interface ScoreGaugeProps {
  /** 0–100, higher = more client-focused. */
  score: number;
  /** Visible caption above the figure. @default "Client focus" */
  label?: string;
}

/** The client-focus score as a number, a bar and a word; exposed to assistive tech as a meter. */
export function ScoreGauge({ score, label = 'Client focus' }: ScoreGaugeProps) {
  const value = Math.max(0, Math.min(100, Math.round(score)));
  const word = scoreWord(value);
  return (
    <div class="ow-gauge">
      <div
        class="ow-gauge-track"
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${value} out of 100: ${word}`}
      >
        <div class="ow-gauge-fill" style={{ inlineSize: `${value}%` }} />
      </div>
      <div class="ow-gauge-figure" aria-hidden="true">
        <span class="ow-gauge-number">{value}</span>
        <span class="ow-gauge-max">/ 100 {label.toLowerCase()}</span>
        <span class="ow-gauge-word">{word}</span>
      </div>
    </div>
  );
}
