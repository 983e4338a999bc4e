// Prisma CLI configuration. The app never reads this: at run time the driver
// adapter chosen in app/platform/db.server.ts connects; migrations are applied
// by scripts/migrate.ts (the native schema engine cannot be installed here).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/lapak_pustaka" },
});
