import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tsc) before anything else; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // The embedded database, the wasm schema engine and PDFKit (with its font parser) are loaded by
  // Node, not bundled.
  experimental: {
    // Next's default, stated on purpose: the largest draft the schema allows (20 plans of 50
    // lesions, 4,000-character comments) is a few hundred kB; a bigger body is refused (413).
    serverActions: { bodySizeLimit: "1mb" },
    // forbidden(): refused pages answer 403 (app/forbidden.tsx), not 200.
    authInterrupts: true,
  },
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "pg", "pdfkit", "fontkit"],
  // Every page, action and route handler gets its headers (CSP with a per-request nonce, COOP,
  // CORP, Permissions-Policy, HSTS) from proxy.ts; the static files it skips get these.
  async headers() {
    return [
      {
        source: "/_next/static/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
