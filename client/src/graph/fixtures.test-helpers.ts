import type { GraphPayload } from '../../../model/graph.ts';

/** A small neighbourhood as the API returns it: a person, an event, a place, an article. */
export function samplePayload(): GraphPayload {
  return {
    truncated: false,
    nodes: [
      { id: 'per-0000000000000001', label: 'Person', name: '张伟', props: { title: '区长' } },
      { id: 'evt-0000000000000001', label: 'Event', name: '项目签约仪式', props: { date: '2024-03-15' } },
      { id: 'plc-0000000000000001', label: 'Place', name: '武进区', props: {} },
      { id: 'art-0000000000000001', label: 'Article', name: '武进日报', props: { date: '2023-11-02' } },
    ],
    edges: [
      {
        id: 'e1',
        type: 'ATTENDED',
        source: 'per-0000000000000001',
        target: 'evt-0000000000000001',
        props: {},
      },
      {
        id: 'e2',
        type: 'LOCATED_IN',
        source: 'evt-0000000000000001',
        target: 'plc-0000000000000001',
        props: {},
      },
      {
        id: 'e3',
        type: 'REPORTED_IN',
        source: 'evt-0000000000000001',
        target: 'art-0000000000000001',
        props: { date: '2023-11-02' },
      },
    ],
  };
}
