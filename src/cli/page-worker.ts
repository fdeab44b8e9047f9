// Worker thread of the batch CLI: runs each page task it is sent and posts back the outcome. Every task is its own
// message, so the event loop turns between pages and jsdom's pending callbacks release each page's DOM.

import { parentPort } from 'node:worker_threads';
import { runPageTask, type PageTask } from './page-task';

parentPort?.on('message', (task: PageTask) => {
  void runPageTask(task).then((outcome) => parentPort?.postMessage(outcome));
});
