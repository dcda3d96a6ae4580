/* Builds the Word task pane (dist/taskpane.html + JS + icons + manifest.xml), in the conventions of
   Microsoft's Office add-in generator. The command-line tool is built separately by tsc (build:cli).

   Production URL: `BIENBAN_PROD_URL=https://example.org/bienban/ npx webpack --mode production`
   (or `--env prodUrl=...`) rewrites https://localhost:3000/ in the copied manifest. Default keeps localhost. */

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, normalizeBaseUrl, rewriteManifestUrls } = require("./scripts/manifest/rewrite-urls");

const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * https options for the dev server. Office requires https, and office-addin-dev-certs makes and
 * trusts a localhost certificate on Windows and macOS. On Linux it would run `sudo` to change the
 * system trust store, so there we only reuse certificates that already exist.
 */
async function devHttpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    return null;
  }
  try {
    if (process.platform === "win32" || process.platform === "darwin") {
      const { ca, key, cert } = await devCerts.getHttpsServerOptions();
      return { ca, key, cert };
    }
    const dir = path.join(os.homedir(), ".office-addin-dev-certs");
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  } catch {
    return null;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === "development";
  const prodUrl = normalizeBaseUrl(env.prodUrl || process.env.BIENBAN_PROD_URL || DEV_URL);

  const config = {
    // Word for Mac and older Microsoft 365 builds run older webviews than the build machine's Node.
    target: ["web", "es2019"],
    // No eval-based source maps: the page's CSP has no 'unsafe-eval', in development either.
    devtool: dev ? "cheap-module-source-map" : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      // `npm run preview` (--env preview): the pane beside an in-browser document (src/preview). Built
      // only then, so the add-in's build, its bundles and their sizes are exactly as without it.
      ...(env.preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: { keep: /^cli[\\/]/ }, // dist/cli is the command-line build (tsconfig.cli.json)
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true, // `npm run typecheck` does the type checking
              // ES modules so webpack can tree-shake Fluent UI and split import() into chunks.
              compilerOptions: { module: "es2020", target: "es2019", noEmit: false, sourceMap: true },
            },
          },
        },
      ],
    },
    optimization: {
      // React, ReactDOM and Fluent UI change less often than our code: a separate, long-cached file.
      splitChunks: {
        cacheGroups: {
          vendor: { test: /[\\/]node_modules[\\/]/, name: "vendor", chunks: "initial", priority: 10 },
        },
      },
    },
    performance: {
      // Fluent UI makes the initial vendor chunk larger than webpack's 244 KiB hint; we report sizes ourselves.
      hints: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: OFFICE_JS_URL },
      }),
      ...(env.preview ? [new HtmlWebpackPlugin({ filename: "preview.html", template: "./src/preview/preview.html", chunks: ["preview"] })] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : rewriteManifestUrls(content.toString(), prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost", // not the whole network: it serves an unauthenticated dev build
      port: DEV_PORT,
      static: { directory: path.resolve(__dirname, "dist"), watch: false },
    },
  };

  if (env.WEBPACK_SERVE) {
    // `npm run preview` (--env preview) runs in a plain browser tab: no certificate needed.
    const https = env.preview ? null : await devHttpsOptions();
    if (https) {
      config.devServer.server = { type: "https", options: https };
    } else if (env.preview) {
      config.devServer.server = "http";
    } else {
      config.devServer.server = "http";
      console.warn(
        `[bienban] No localhost certificate found: serving over plain http://localhost:${DEV_PORT}/ ` +
          "(fine in a browser; Word needs https - run `npx office-addin-dev-certs install` on Windows/macOS).",
      );
    }
  }

  return config;
};
