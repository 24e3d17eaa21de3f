import { renderSummary, summaryRowsOf } from './benchmark-tables';

const REPORT = `# Event store benchmark

Run 2026-12-03T13:31:47.490Z on 2 × AMD EPYC, 24 GiB, Node v20.20.2.

| case | ours | baseline | baseline figure | ours / baseline | target | pass |
| --- | --- | --- | --- | --- | --- | --- |
| appends/s, 1 writer | 686 | Emmett 0.42.0 PostgreSQL | 288 | 2.37 | ≥ 1.00 | yes |
| appends/s, 16 writers | 3011 | raw INSERT ceiling | 5604 | 0.53 | ≥ 0.50 | yes |

- a note
`;

describe(summaryRowsOf.name, () => {
  it('reads each case by its column names, taking the numeric baseline column', () => {
    expect(summaryRowsOf('event-store', REPORT)).toEqual([
      {
        benchmark: 'event-store',
        case: 'appends/s, 1 writer',
        ours: '686',
        baseline: '288',
        ratio: '2.37',
        target: '≥ 1.00',
        pass: 'yes',
        run: 'Run 2026-12-03T13:31:47.490Z on 2 × AMD EPYC, 24 GiB, Node v20.20.2',
      },
      expect.objectContaining({
        case: 'appends/s, 16 writers',
        ours: '3011',
        baseline: '5604',
        ratio: '0.53',
      }),
    ]);
  });

  it('shows a dash for what a report does not have', () => {
    const [row] = summaryRowsOf(
      'clients',
      '| case | kafkajs | other | ratio |\n| --- | --- | --- | --- |\n| raw | 1 | 2 | 1.48 |\n',
    );
    expect(row).toMatchObject({ ours: '—', baseline: '—', ratio: '1.48', target: '—', pass: '—' });
  });
});

describe(renderSummary.name, () => {
  it('links every row to its report and says when each ran', () => {
    const summary = renderSummary(summaryRowsOf('event-store', REPORT));
    expect(summary).toContain(
      '| [event-store](event-store.md) | appends/s, 1 writer | 686 | 288 | 2.37 | ≥ 1.00 | yes |',
    );
    expect(summary).toContain('- event-store: Run 2026-12-03T13:31:47.490Z on 2 × AMD EPYC');
  });
});
