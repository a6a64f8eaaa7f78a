import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import './bpmn-markers.css';

interface Canvas {
  zoom(level: string): void;
  addMarker(element: string, marker: string): void;
}

interface Element {
  id: string;
  type: string;
  source?: { id: string };
  target?: { id: string };
}

interface ElementRegistry {
  get(id: string): Element | undefined;
  filter(fn: (element: Element) => boolean): Element[];
}

/**
 * One process model drawn by bpmn-js (the navigated viewer: pan and zoom, no editing), with the
 * steps the instance passed marked {@code bpm-done}, the ones it waits at {@code bpm-active}, and
 * the sequence flows between passed steps as the path taken. Loaded on demand: bpmn-js is large.
 */
export default function BpmnDiagram({ xml, active, done, failedText }: { xml: string; active: string[]; done: string[]; failedText: string }) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!container.current) {
      return undefined;
    }
    const viewer = new NavigatedViewer({ container: container.current });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(() => {
        if (cancelled) {
          return;
        }
        const canvas = viewer.get<Canvas>('canvas');
        const registry = viewer.get<ElementRegistry>('elementRegistry');
        canvas.zoom('fit-viewport');
        const activeSet = new Set(active);
        const reached = new Set([...done, ...active]);
        for (const id of done) {
          if (!activeSet.has(id) && registry.get(id)) {
            canvas.addMarker(id, 'bpm-done');
          }
        }
        for (const id of active) {
          if (registry.get(id)) {
            canvas.addMarker(id, 'bpm-active');
          }
        }
        // The path taken: a flow whose source was passed and whose target was reached.
        registry
          .filter((e) => e.type === 'bpmn:SequenceFlow' && !!e.source && !!e.target && done.includes(e.source.id) && reached.has(e.target.id))
          .forEach((flow) => canvas.addMarker(flow.id, 'bpm-done'));
      })
      .catch(() => {
        if (!cancelled) {
          setFailed(true);
        }
      });
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml, active, done]);

  if (failed) {
    return <Alert type="warning" showIcon message={failedText} />;
  }
  return <div ref={container} className="bpm-diagram" data-testid="bpmn-diagram" style={{ height: 360, border: '1px solid #f0f0f0', borderRadius: 6 }} />;
}
