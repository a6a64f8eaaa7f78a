/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath, URL } from 'node:url';

// The build goes to target/classes/static so that the frontend jar carries the app
// and Spring Boot serves it from the classpath. Nothing is written into src/.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      '@generated': fileURLToPath(new URL('./generated', import.meta.url)),
    },
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    // antd components are heavy in jsdom; typing into several fields takes seconds on 2 cores, and
    // tens of seconds when the machine is also building (measured: 30 s was not enough under load 7).
    testTimeout: 90_000,
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
