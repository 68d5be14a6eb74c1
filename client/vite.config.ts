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

export default defineConfig({
  plugins: [react(), precompressAssets()],
  server: {
    proxy: Object.fromEntries(proxied.map((p) => [p, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 1500,
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
