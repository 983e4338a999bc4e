// Kinds of training TPBIS libraries run for producers, with who usually leads them.
import type { TrainingKind, TrainingTopic } from "~/generated/prisma/enums";

export type TrainingTemplate = { kind: TrainingKind; topic: TrainingTopic; title: string; facilitator: string };

export const TRAINING_TEMPLATES: readonly TrainingTemplate[] = [
  {
    kind: "BIMTEK",
    topic: "PACKAGING",
    title: "Bimtek Pengemasan dan Label Produk",
    facilitator: "Dinas Koperasi dan UKM Kabupaten",
  },
  {
    kind: "BIMTEK",
    topic: "FOOD_SAFETY",
    title: "Bimtek Keamanan Pangan untuk Pengurusan P-IRT",
    facilitator: "Dinas Kesehatan Kabupaten",
  },
  {
    kind: "WORKSHOP",
    topic: "PRODUCT_PHOTOGRAPHY",
    title: "Workshop Foto Produk dengan Ponsel",
    facilitator: "Relawan TIK Perpustakaan",
  },
  {
    kind: "WORKSHOP",
    topic: "DIGITAL_MARKETING",
    title: "Workshop Berjualan Daring dan Media Sosial",
    facilitator: "Fasilitator TPBIS Provinsi",
  },
  {
    kind: "MENTORING",
    topic: "BOOKKEEPING",
    title: "Pendampingan Pembukuan Usaha Sederhana",
    facilitator: "Pustakawan pendamping",
  },
  {
    kind: "MENTORING",
    topic: "BUSINESS_PERMITS",
    title: "Pendampingan Pengurusan NIB dan Sertifikat Halal",
    facilitator: "Pendamping Proses Produk Halal",
  },
  {
    kind: "PLM",
    topic: "DIGITAL_MARKETING",
    title: "Peer Learning Meeting: Berbagi Praktik Baik Pemasaran",
    facilitator: "Perpustakaan Provinsi",
  },
  {
    kind: "PLM",
    topic: "OTHER",
    title: "Peer Learning Meeting Produsen Binaan Perpustakaan",
    facilitator: "Perpustakaan Nasional RI",
  },
];
