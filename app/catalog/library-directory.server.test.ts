// The public library list: pages, province and regency filters from the URL,
// with counts per option, and forgiving parameters.
import { beforeAll, expect, test } from "vitest";
import { createLibrary, ensureTestAreas, ensureTestProvince } from "../../tests/db-utils";
import { LIBRARIES_PER_PAGE, listLibraryDirectory, parseDirectoryParams } from "./library-directory.server";

const list = (params: string) => listLibraryDirectory(parseDirectoryParams(new URL(`http://x/libraries?${params}`)));
let home: { province: string; regency: string };

beforeAll(async () => {
  const areas = await ensureTestAreas();
  home = { province: areas.province.code, regency: areas.regency.code };
  const uji = await ensureTestProvince("94", "Lembah Hijau");
  for (let i = 0; i < LIBRARIES_PER_PAGE + 2; i++) await createLibrary();
  await createLibrary({
    name: "Perpustakaan Desa Lembah Hijau",
    ...uji.library,
  });
});

test("a page at a time, with every province and its count", async () => {
  const first = await list("");
  expect(first.total).toBe(LIBRARIES_PER_PAGE + 3);
  expect(first.libraries).toHaveLength(LIBRARIES_PER_PAGE);
  expect(first.pages).toBe(2);
  expect(first.provinces).toEqual(expect.arrayContaining([{ code: "94", name: "Provinsi Uji", count: 1 }]));
  expect(first.regencies).toEqual([]);
  const second = await list("page=2");
  expect(second.libraries).toHaveLength(3);
  expect(second.libraries.map((library) => library.slug)).not.toContain(first.libraries[0]!.slug);
  // Past the last page: the last page.
  expect((await list("page=99")).page).toBe(2);
});

test("province and regency filters, with the province's regencies offered", async () => {
  const uji = await list("province=94");
  expect(uji.libraries.map((library) => library.name)).toEqual(["Perpustakaan Desa Lembah Hijau"]);
  expect(uji.libraries[0]).toMatchObject({ province: { name: "Provinsi Uji" }, regency: { name: "Kabupaten Uji" } });
  expect(uji.regencies).toEqual([{ code: "94.01", name: "Kabupaten Uji", count: 1 }]);
  const regency = await list(`regency=${home.regency}`);
  expect(regency.total).toBe(LIBRARIES_PER_PAGE + 2);
  expect(parseDirectoryParams(new URL(`http://x/libraries?regency=${home.regency}`)).province).toBe(home.province);
});

test("broken parameters are dropped, not errors", () => {
  expect(parseDirectoryParams(new URL("http://x/libraries?province=zz&regency=94.01&page=-4"))).toEqual({
    province: "94",
    regency: "94.01",
    page: 1,
  });
  expect(parseDirectoryParams(new URL("http://x/libraries?province=12&regency=94.01&page=abc"))).toEqual({
    province: "12",
    regency: undefined,
    page: 1,
  });
});
