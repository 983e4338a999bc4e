// "Download my data" (issue 16; UU PDP 27/2022: access and a machine-readable
// copy). Everything held about one person, as one JSON document. Secrets
// (password hash, link and code hashes, two-step secret, order access links)
// are left out: they are ours to protect, not information about the person.
// PERSONAL_DATA_COVERAGE names every table that refers to a person or a
// producer; tests/integration/data-export.test.ts fails when the schema gains
// such a table that is not listed here.
import { prisma } from "~/platform/db.server";

/**
 * Each table holding a person's (or their producer profile's) rows: the key of
 * the export that carries them, or why they are not exported.
 */
export const PERSONAL_DATA_COVERAGE: Record<string, { exportKey: string } | { notExported: string }> = {
  User: { exportKey: "account" },
  Session: { exportKey: "sessions" },
  RoleMembership: { exportKey: "roles" },
  ProducerProfile: { exportKey: "producer" },
  Product: { exportKey: "products" },
  TrainingAttendance: { exportKey: "trainings" },
  ProducerBaseline: { exportKey: "baselines" },
  Order: { exportKey: "orders" },
  LedgerEntry: { exportKey: "ledger" },
  Payout: { exportKey: "payouts" },
  Cart: { exportKey: "cart" },
  Checkout: { exportKey: "checkouts" },
  Consent: { exportKey: "consents" },
  AuditLog: { exportKey: "auditEntries" },
  AccountToken: { exportKey: "accountLinks" },
  TwoStepLogin: { exportKey: "twoStep" },
  RecoveryCode: { exportKey: "recoveryCodes" },
  ListingAssistance: { exportKey: "listingAssistance" },
  StorefrontFeaturedProducer: {
    notExported: "a library's choice of whom to feature, shown publicly; no data about the person beyond the link",
  },
  StorefrontHiddenProduct: {
    notExported: "a library's choice to hide a product from its storefront; only names the librarian who decided",
  },
  LibraryBannerPhoto: {
    notExported: "a library's photo; the uploader is recorded only as the librarian who did the work",
  },
};

/** Everything held about the person, secrets left out. */
export async function exportPersonalData(userId: string) {
  const account = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      phone: true,
      loginPhone: true,
      createdAt: true,
      passwordChangedAt: true,
      producerProfile: {
        select: {
          id: true,
          slug: true,
          businessName: true,
          homeLibrary: { select: { name: true } },
          villageCode: true,
          status: true,
          statusReason: true,
          story: true,
          nib: true,
          approvedAt: true,
          shippingFeeIdr: true,
          createdAt: true,
        },
      },
    },
  });
  const producerId = account.producerProfile?.id ?? "-";
  const [
    sessions,
    roles,
    products,
    trainings,
    baselines,
    ordersBought,
    sales,
    ledger,
    payouts,
    cart,
    checkouts,
    consents,
    auditEntries,
    accountLinks,
    twoStep,
    recoveryCodes,
    listingAssistance,
  ] = await Promise.all([
    prisma.session.findMany({
      where: { userId },
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
    }),
    prisma.roleMembership.findMany({
      where: { userId },
      select: {
        role: true,
        library: { select: { name: true } },
        partner: { select: { name: true } },
        provinceCode: true,
        createdAt: true,
      },
    }),
    prisma.product.findMany({
      where: { producerId },
      include: { variants: true, images: { select: { alt: true, storageKey: true, createdAt: true } } },
    }),
    prisma.trainingAttendance.findMany({
      where: { producerId },
      select: { recordedAt: true, training: { select: { title: true, heldOn: true } } },
    }),
    prisma.producerBaseline.findMany({ where: { producerId }, orderBy: { effectiveFrom: "asc" } }),
    prisma.order.findMany({
      where: { buyerId: userId },
      omit: { accessToken: true },
      include: { lines: true },
      orderBy: { createdAt: "asc" },
    }),
    // Sales: the producer's own figures; the buyers' contact details are theirs, not the producer's.
    prisma.order.findMany({
      where: { producerId },
      select: {
        code: true,
        status: true,
        channel: true,
        createdAt: true,
        subtotalIdr: true,
        shippingIdr: true,
        totalIdr: true,
        platformFeeIdr: true,
        refundedIdr: true,
        lines: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    prisma.ledgerEntry.findMany({ where: { producerId }, orderBy: { createdAt: "asc" } }),
    prisma.payout.findMany({ where: { producerId }, orderBy: { createdAt: "asc" } }),
    prisma.cart.findUnique({ where: { userId }, include: { items: true } }),
    prisma.checkout.findMany({ where: { buyerId: userId }, omit: { accessToken: true, stripeUrl: true } }),
    prisma.consent.findMany({ where: { userId }, orderBy: { givenAt: "asc" } }),
    prisma.auditLog.findMany({
      where: { OR: [{ subjectUserId: userId }, { actorId: userId }] },
      orderBy: { createdAt: "asc" },
    }),
    prisma.accountToken.findMany({
      where: { userId },
      select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
    }),
    prisma.twoStepLogin.findUnique({ where: { userId }, select: { enabledAt: true, createdAt: true } }),
    prisma.recoveryCode.findMany({ where: { userId }, select: { createdAt: true, usedAt: true } }),
    prisma.listingAssistance.findMany({
      where: { OR: [{ librarianId: userId }, { product: { producerId } }] },
      select: {
        kind: true,
        consentName: true,
        consentMethod: true,
        consentGivenOn: true,
        createdAt: true,
        productId: true,
      },
    }),
  ]);
  const { producerProfile: producer, ...profile } = account;
  return {
    exportedAt: new Date().toISOString(),
    format: "lapak-pustaka/personal-data/1",
    account: profile,
    sessions,
    roles,
    producer,
    products,
    trainings,
    baselines,
    orders: { bought: ordersBought, sold: sales },
    ledger,
    payouts,
    cart,
    checkouts,
    consents,
    auditEntries,
    accountLinks,
    twoStep,
    recoveryCodes,
    listingAssistance,
  };
}

/** How many rows of each kind, for the "what we hold" summary. */
export async function personalDataSummary(userId: string) {
  const data = await exportPersonalData(userId);
  return {
    account: data.account,
    counts: {
      orders: data.orders.bought.length + data.orders.sold.length,
      products: data.products.length,
      baselines: data.baselines.length,
      consents: data.consents.length,
      auditEntries: data.auditEntries.length,
    },
  };
}
