/**
 * The local playground behind `npm start`: a page with the spreadsheet on
 * the left and the real sidebar (dist/Sidebar.html) on the right, served by
 * Node's http module. The built bundle runs on the in-memory spreadsheet of
 * fakes/ (see environment.ts); the sidebar's google.script.run is a shim
 * the server injects into the served copy of Sidebar.html, forwarding each
 * call as POST /api/run. dist/Sidebar.html itself is never changed.
 *
 *   GET  /                 the page (?empty=1: a blank spreadsheet; ?reset=1: a fresh template)
 *   GET  /sidebar          Sidebar.html with the shim
 *   GET  /page.js          the page's script
 *   GET  /api/state        the sheets, selection, menu, toasts and alerts
 *   GET  /api/version      a counter that grows with every change (the page polls it)
 *   POST /api/run          {name, args} -> {ok, value} | {ok: false, message}
 *   POST /api/menu         {functionName}
 *   POST /api/edit         {sheet, row, column, value}
 *   POST /api/select       {sheet, row, column}
 *   POST /api/toggle-group {sheet, start, depth}
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Playground } from './environment';

export interface PlaygroundServer {
  url: string;
  port: number;
  /** The spreadsheet currently served (replaced on ?reset=1 / ?empty=1). */
  playground(): Playground;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  port?: number;
  host?: string;
  /** The repository root, holding dist/ and playground/. */
  root?: string;
  /** Start with a blank spreadsheet instead of the template. */
  empty?: boolean;
}

const SHIM = `<script>
/* Playground only: google.script.run forwarded to the local server. Not part of dist/Sidebar.html. */
(function () {
  function runner(onSuccess, onFailure, userObject) {
    return new Proxy({}, {
      get: function (_target, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, onFailure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(onSuccess, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(onSuccess, onFailure, o); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/api/run', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: name, args: args }) })
            .then(function (response) { return response.json(); })
            .then(function (result) {
              try { window.parent.postMessage({ type: 'playground:changed' }, window.location.origin); } catch (e) {}
              if (result.ok) { if (onSuccess) onSuccess(result.value, userObject); }
              else if (onFailure) onFailure(new Error(result.message), userObject);
            }, function () {
              if (onFailure) onFailure(new Error('The playground server is not running.'), userObject);
            });
        };
      }
    });
  }
  window.google = { script: { run: runner(), host: { close: function () {}, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } } } };
})();
</script>`;

function pageHtml(): string {
  // Static markup only: every value from the spreadsheet is added by page.js as text.
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tracking Plan playground</title>
<link rel="stylesheet" href="/page.css">
</head>
<body>
<header class="topbar">
  <div class="doc">
    <span class="logo" aria-hidden="true"></span>
    <div>
      <div id="doc-name" class="doc-name">Loading…</div>
      <nav class="menubar" aria-label="Menu">
        <div class="menu-root">
          <button type="button" id="extensions-button" class="menubar-item" aria-haspopup="true" aria-expanded="false">Extensions</button>
          <div id="extensions-menu" class="menu" role="menu" hidden></div>
        </div>
      </nav>
    </div>
  </div>
  <div class="playground-links">
    <span class="muted">Playground: nothing leaves this computer.</span>
    <a href="/?reset=1">Start over</a>
    <a href="/?empty=1">Blank spreadsheet</a>
  </div>
</header>
<div class="workspace">
  <section class="sheet-pane" aria-label="Spreadsheet">
    <div class="formula-bar">
      <span id="cell-name" class="cell-name" aria-live="polite">A1</span>
      <span class="fx" aria-hidden="true">fx</span>
      <input id="formula-input" type="text" aria-label="Cell contents" autocomplete="off" spellcheck="false">
    </div>
    <div id="grid" class="grid" tabindex="0" aria-label="Cells"></div>
    <div id="tabs" class="tabs" role="tablist" aria-label="Sheets"></div>
  </section>
  <aside class="sidebar-pane" aria-label="Add-on sidebar">
    <div class="sidebar-title"><span>Tracking Plan</span></div>
    <iframe id="sidebar" src="/sidebar" title="Tracking Plan sidebar"></iframe>
  </aside>
</div>
<div id="toasts" class="toasts" aria-live="polite"></div>
<div id="alert" class="alert-backdrop" hidden>
  <div class="alert" role="alertdialog" aria-modal="true" aria-labelledby="alert-title" aria-describedby="alert-text">
    <h2 id="alert-title"></h2>
    <p id="alert-text"></p>
    <div class="alert-actions"><button type="button" id="alert-ok" class="primary">OK</button></div>
  </div>
</div>
<script src="/page.js"></script>
</body>
</html>`;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

function json(res: ServerResponse, value: unknown, status = 200): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 5_000_000) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        resolve(value && typeof value === 'object' ? value : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

export async function startPlayground(options: PlaygroundOptions = {}): Promise<PlaygroundServer> {
  const root = options.root ?? join(__dirname, '..');
  const pageScript = (
    await build({
      entryPoints: [join(root, 'playground', 'page.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2019',
      platform: 'browser',
      write: false,
      logLevel: 'warning',
    })
  ).outputFiles[0].text;
  const pageCss = readFileSync(join(root, 'playground', 'page.css'), 'utf8');
  let current = new Playground(root, { template: !options.empty });

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    const handle = async (): Promise<void> => {
      switch (route) {
        case 'GET /':
          if (url.searchParams.get('empty') === '1' || url.searchParams.get('reset') === '1') {
            current = new Playground(root, { template: url.searchParams.get('empty') !== '1', version: current.version + 1 });
          }
          return send(res, 200, 'text/html; charset=utf-8', pageHtml());
        case 'GET /page.js':
          return send(res, 200, 'text/javascript; charset=utf-8', pageScript);
        case 'GET /page.css':
          return send(res, 200, 'text/css; charset=utf-8', pageCss);
        case 'GET /sidebar': {
          // Read at every request so a rebuild shows without restarting.
          const html = readFileSync(join(root, 'dist', 'Sidebar.html'), 'utf8');
          return send(
            res,
            200,
            'text/html; charset=utf-8',
            html.replace(/<head>/i, (head) => `${head}\n${SHIM}`),
          );
        }
        case 'GET /favicon.ico':
          res.writeHead(204).end();
          return;
        case 'GET /api/state':
          return json(res, current.snapshot());
        case 'GET /api/version':
          return json(res, { version: current.version });
      }
      if (req.method !== 'POST') return json(res, { ok: false, message: 'Not found' }, 404);
      const body = await readBody(req);
      switch (route) {
        case 'POST /api/run':
          return json(res, current.run(String(body.name), Array.isArray(body.args) ? body.args : []));
        case 'POST /api/menu':
          return json(res, current.menu(String(body.functionName)));
        case 'POST /api/edit':
          return json(res, current.edit(String(body.sheet), Number(body.row), Number(body.column), String(body.value ?? '')));
        case 'POST /api/select':
          return json(res, current.select(String(body.sheet), Number(body.row), Number(body.column)));
        case 'POST /api/toggle-group':
          return json(res, current.toggleGroup(String(body.sheet), Number(body.start), Number(body.depth)));
      }
      return json(res, { ok: false, message: 'Not found' }, 404);
    };
    handle().catch((error: unknown) => {
      if (!res.headersSent) json(res, { ok: false, message: error instanceof Error ? error.message : String(error) }, 500);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${port}/`,
    port,
    playground: () => current,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT || 8080);
  startPlayground({ port, host: process.env.HOST || '127.0.0.1' }).then(
    (started) => console.log(`Tracking Plan playground: ${started.url}  (Ctrl+C to stop; add ?empty=1 for a blank spreadsheet)`),
    (error: Error) => {
      console.error(`The playground could not start: ${error.message}`);
      process.exit(1);
    },
  );
}
