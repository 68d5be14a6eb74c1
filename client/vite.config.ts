/// <reference types="vitest/config" />
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const backend = process.env.API_URL ?? 'http://localhost:5080';
// Regex keys (leading ^) so the SPA's own /api-keys route is not sent to the API.
const proxied = ['^/api/', '^/swagger(/|$)', '^/hangfire(/|$)', '^/health(/|$)'];

/**
 * Writes name.br (Brotli, best) and name.gz (gzip, best) beside each text asset of the build's assets folder, when
 * smaller than the file. The API sends them to callers that accept them (src/Api/Hosting/SpaHosting.cs), so the
 * server never compresses a file at request time.
 */
function precompressAssets(): Plugin {
  const brotli = promisify(brotliCompress);
  const gzipAsync = promisify(gzip);
  let assetsDir = '';
  return {
    name: 'investpromo-precompress-assets',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      const files = (await readdir(assetsDir)).filter((f) => /\.(js|mjs|css|svg|json|txt|map)$/.test(f));
      await Promise.all(
        files.map(async (f) => {
          const file = path.join(assetsDir, f);
          const content = await readFile(file);
          const [br, gz] = await Promise.all([
            brotli(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: content.length } }),
            gzipAsync(content, { level: zlib.Z_BEST_COMPRESSION }),
          ]);
          if (br.length < content.length) await writeFile(`${file}.br`, br);
          if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
        }),
      );
    },
  };
}

/**
 * CHUNK_REPORT=file npm run build: writes which modules (by package or src folder) make up each chunk, what it imports,
 * and the chunks the entry loads before anything is lazy, to check that a page's chunks carry only what it needs.
 */
function chunkReport(file: string | undefined): Plugin | null {
  if (!file) return null;
  return {
    name: 'investpromo-chunk-report',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const owner = (id: string) => {
        if (process.env.CHUNK_REPORT_MODULES) return path.relative(process.cwd(), id).replace(/^node_modules\//, '');
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
        return pkg ? pkg[1] : path.relative(process.cwd(), id).replace(/\?.*$/, '');
      };
      const report = chunks.map((c) => {
        const byOwner: Record<string, number> = {};
        for (const [id, m] of Object.entries(c.modules)) byOwner[owner(id)] = (byOwner[owner(id)] ?? 0) + m.renderedLength;
        return {
          file: c.fileName,
          bytes: c.code.length,
          entry: c.isEntry,
          lazy: c.isDynamicEntry,
          imports: c.imports,
          dynamicImports: c.dynamicImports,
          modules: Object.fromEntries(Object.entries(byOwner).sort((a, b) => b[1] - a[1])),
        };
      });
      const byFile = new Map(report.map((c) => [c.file, c]));
      const closure = (start: string[]) => {
        const seen = new Set<string>();
        const visit = (f: string) => {
          if (seen.has(f)) return;
          seen.add(f);
          byFile.get(f)?.imports.forEach(visit);
        };
        start.forEach(visit);
        return [...seen];
      };
      const entry = report.filter((c) => c.entry).map((c) => c.file);
      await writeFile(path.resolve(file), JSON.stringify({ entryLoads: closure(entry), chunks: report }, null, 2));
    },
  };
}

export default defineConfig({
  plugins: [react(), precompressAssets(), chunkReport(process.env.CHUNK_REPORT)],
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // What the first page needs (the entry's static imports) in one chunk, not 40 small ones: on a phone each request
        // waits a round trip. Everything else splits automatically, per lazy page.
        codeSplitting: { groups: [{ name: 'initial', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    testTimeout: 60_000,
  },
});
