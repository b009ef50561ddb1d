// @ts-check
/**
 * One entry and one HTML page per surface, named after the teams-js frame context it runs in.
 * `npm run build` (production) minifies, splits shared code into chunks and hashes file names;
 * The Outlook pages (task pane, and the sign-in popup the Office dialog opens) load office.js from Microsoft's
 * CDN, as Microsoft documents. Sign-in settings come from the build's environment (`MUS_CLIENT_ID`,
 * `MUS_TENANT_ID`, `MUS_API_SCOPE`; empty means the embedded default's, src/adapters/auth/authSettings.ts).
 */
const path = require('node:path');
const fs = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { DefinePlugin } = require('webpack');

/** Microsoft's documented office.js address (office-js README, "Reference Office.js from the CDN"). */
const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Pages that run in Office (office.js before any other script). */
const OFFICE_PAGES = new Set(['taskpane', 'authStart']);
/** Build-time sign-in settings, written into the bundle (never secrets: these are public app ids). */
const AUTH_ENV = ['MUS_CLIENT_ID', 'MUS_TENANT_ID', 'MUS_API_SCOPE'];

/** @type {Record<string, string>} surface → page title */
const SURFACES = {
  content: 'MUS',
  meeting: 'MUS – møde',
  settings: 'MUS – opsætning',
  taskpane: 'MUS – Outlook',
  authStart: 'MUS – log ind',
  authEnd: 'MUS – logget ind',
};

// The repo's .swcrc, but with ES modules out so webpack can tree-shake and split.
const swcrc = JSON.parse(fs.readFileSync(path.join(__dirname, '.swcrc'), 'utf8'));
delete swcrc.$schema;
const swcOptions = { ...swcrc, swcrc: false, module: { type: 'es6' } };

/**
 * Emits the Outlook ribbon icons to dist/web/assets (the manifest points there), and after a build renders
 * the app manifest with the local values into dist/manifest (manifest/build.mjs).
 */
class IconsAndManifestPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('IconsAndManifest', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'IconsAndManifest', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const size of [16, 32, 80]) {
            const file = path.join(__dirname, 'assets', `icon-${size}.png`);
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`assets/icon-${size}.png`, new RawSource(fs.readFileSync(file)));
          }
        },
      );
    });
    compiler.hooks.afterEmit.tapPromise('IconsAndManifest', async () => {
      const { buildManifest } = await import('./manifest/build.mjs');
      buildManifest({ env: process.env.MANIFEST_ENV ?? 'local' });
    });
  }
}

/**
 * A local host page at `host/<file>.html`: the one template (src/sandbox/host/page.html) around the page's
 * own part, `<page>.css` and `<page>.html` beside it.
 */
const hostPage = (file, page, chunk, heading) =>
  new HtmlWebpackPlugin({
    filename: `host/${file}.html`,
    template: './src/sandbox/host/page.html',
    chunks: [chunk],
    title: `MUS – ${heading}`,
    heading,
    page,
  });

/** @returns {import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    entry: {
      ...Object.fromEntries(Object.keys(SURFACES).map((name) => [name, `./src/entries/${name}.tsx`])),
      // The local Teams host page of the embedded default (src/sandbox/host), served at /host/.
      host: './src/sandbox/host/main.ts',
      // The local Outlook host page (an appointment being organised, the task pane beside it).
      outlookHost: './src/sandbox/host/outlook.ts',
    },
    output: {
      path: path.join(__dirname, 'dist/web'),
      filename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      chunkFilename: production ? 'js/[name].[contenthash:8].js' : 'js/[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        // A file's text as a string (the host pages' parts, required by src/sandbox/host/page.html).
        { resourceQuery: /raw/, type: 'asset/source' },
        {
          test: /\.[jt]sx?$/,
          exclude: /node_modules/,
          use: { loader: 'swc-loader', options: swcOptions },
        },
      ],
    },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    optimization: {
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          fluent: {
            test: /[\\/]node_modules[\\/]@(fluentui|griffel|floating-ui)[\\/]/,
            name: 'fluent',
            // Only what the pages load at once: Fluent parts used by a lazy chunk stay in that chunk.
            chunks: 'initial',
            priority: 20,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
          },
          teams: {
            test: /[\\/]node_modules[\\/]@microsoft[\\/]teams-js[\\/]/,
            name: 'teams-js',
            priority: 20,
          },
          // The live layer (src/adapters/live/lazyLive.ts): fetched when a meeting form joins its live map.
          fluid: {
            test: /[\\/]node_modules[\\/](@fluidframework|fluid-framework)[\\/]/,
            name: 'fluid',
            chunks: 'async',
            priority: 20,
          },
        },
      },
    },
    plugins: [
      ...Object.entries(SURFACES).map(
        ([name, title]) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: './src/entries/page.html',
            chunks: [name],
            title,
            officeJsUrl: OFFICE_PAGES.has(name) ? OFFICE_JS_URL : '',
          }),
      ),
      hostPage('index', 'teams', 'host', 'Lokal Teams-vært'),
      hostPage('outlook', 'outlook', 'outlookHost', 'Lokal Outlook-vært'),
      new IconsAndManifestPlugin(),
      new DefinePlugin(
        Object.fromEntries(
          AUTH_ENV.map((key) => [`process.env.${key}`, JSON.stringify(process.env[key] ?? '')]),
        ),
      ),
    ],
    // Budget per page (all its scripts, minified, before compression). The build fails when a page grows past it.
    performance: production
      ? {
          hints: 'error',
          maxEntrypointSize: 800_000,
          maxAssetSize: 350_000,
          // Fluid Framework (about 190 KB gzipped) is one chunk, loaded on demand after the form shows.
          assetFilter: (f) => f.endsWith('.js') && !f.startsWith('js/fluid.'),
        }
      : false,
    stats: 'errors-warnings',
  };
};
