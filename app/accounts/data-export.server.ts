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
  // Tables of issues 11, 12, 15 and 19 (exportFeatureData below).
  Endorsement: { exportKey: "endorsements" },
  SponsorshipCampaign: { exportKey: "sponsorshipCampaigns" },
  ImpactMonth: { exportKey: "impactMonths" },
  ImpactBuyerMonth: {
    notExported:
      "one-way keys of the producer's buyers, only to count returning buyers; they say nothing about the person",
  },
  ImpactCheckIn: { exportKey: "impactCheckIns" },
  ImpactStory: { exportKey: "impactStory" },
  ShareVisitTally: { exportKey: "shareVisits" },
  OutboxMessage: { exportKey: "mail" },
  Notification: { exportKey: "notifications" },
  NotificationOptOut: { exportKey: "notificationOptOuts" },
  OrderMessage: { exportKey: "orderMessages" },
  ProductReview: { exportKey: "reviews" },
  ReviewReport: { exportKey: "reviewReports" },
};

/**
 * The person's rows in the tables of later features: endorsements and
 * campaigns received as a producer or made as a partner member, impact
 * figures, check-ins and story, share visits, mail and notifications,
 * order messages and reviews written, reviews reported. The queries, not yet
 * awaited: exportPersonalData runs them with the others.
 */
function featureQueries(userId: string, producerId: string) {
  return {
    endorsements: prisma.endorsement.findMany({
      where: { OR: [{ producerId }, { createdById: userId }, { revokedById: userId }] },
      select: {
        code: true,
        kind: true,
        statement: true,
        startsOn: true,
        endsOn: true,
        createdAt: true,
        revokedAt: true,
        revokedReason: true,
        partner: { select: { name: true } },
        producer: { select: { businessName: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    sponsorshipCampaigns: prisma.sponsorshipCampaign.findMany({
      where: { OR: [{ producerId }, { createdById: userId }] },
      omit: { stripeSessionId: true },
      orderBy: { createdAt: "asc" },
    }),
    impactMonths: prisma.impactMonth.findMany({ where: { producerId }, orderBy: { month: "asc" } }),
    impactCheckIns: prisma.impactCheckIn.findMany({ where: { producerId }, orderBy: { answeredAt: "asc" } }),
    impactStory: prisma.impactStory.findMany({ where: { producerId } }),
    shareVisits: prisma.shareVisitTally.findMany({ where: { producerId }, orderBy: { day: "asc" } }),
    // The signed unsubscribe link and the worker's bookkeeping are ours; the mail itself is theirs.
    mail: prisma.outboxMessage.findMany({
      where: { userId },
      select: {
        template: true,
        toAddress: true,
        subject: true,
        textBody: true,
        status: true,
        sentAt: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    notifications: prisma.notification.findMany({
      where: { userId },
      omit: { userId: true },
      orderBy: { createdAt: "asc" },
    }),
    notificationOptOuts: prisma.notificationOptOut.findMany({ where: { userId }, omit: { userId: true } }),
    orderMessages: prisma.orderMessage.findMany({
      where: { authorId: userId },
      select: { order: { select: { code: true } }, party: true, authorName: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    reviews: prisma.productReview.findMany({
      where: { authorId: userId },
      select: {
        product: { select: { title: true } },
        authorName: true,
        rating: true,
        body: true,
        photoKey: true,
        reply: true,
        hiddenAt: true,
        hiddenReason: true,
        createdAt: true,
      },
      orderBy: { createdAt: "asc" },
    }),
    reviewReports: prisma.reviewReport.findMany({
      where: { reporterId: userId },
      select: { reviewId: true, reason: true, resolvedAt: true, createdAt: true },
    }),
  };
}

/** Awaits every value of `queries` at once; the answers under the same keys, in the same order. */
async function allOf<T extends Record<string, unknown>>(queries: T): Promise<{ [K in keyof T]: Awaited<T[K]> }> {
  const keys = Object.keys(queries);
  const answers = await Promise.all(Object.values(queries));
  return Object.fromEntries(keys.map((key, index) => [key, answers[index]])) as { [K in keyof T]: Awaited<T[K]> };
}

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
  const { producerProfile: producer, ...profile } = account;
  const producerId = producer?.id ?? "-";
  // Each section named once: its key in the export. All queried at once.
  const sections = await allOf({
    sessions: prisma.session.findMany({
      where: { userId },
      select: { createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
    }),
    roles: prisma.roleMembership.findMany({
      where: { userId },
      select: {
        role: true,
        library: { select: { name: true } },
        partner: { select: { name: true } },
        provinceCode: true,
        createdAt: true,
      },
    }),
    producer,
    products: prisma.product.findMany({
      where: { producerId },
      include: { variants: true, images: { select: { alt: true, storageKey: true, createdAt: true } } },
    }),
    trainings: prisma.trainingAttendance.findMany({
      where: { producerId },
      select: { recordedAt: true, training: { select: { title: true, heldOn: true } } },
    }),
    baselines: prisma.producerBaseline.findMany({ where: { producerId }, orderBy: { effectiveFrom: "asc" } }),
    orders: allOf({
      bought: prisma.order.findMany({
        where: { buyerId: userId },
        omit: { accessToken: true },
        include: { lines: true },
        orderBy: { createdAt: "asc" },
      }),
      // Sales: the producer's own figures; the buyers' contact details are theirs, not the producer's.
      sold: prisma.order.findMany({
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
    }),
    ledger: prisma.ledgerEntry.findMany({ where: { producerId }, orderBy: { createdAt: "asc" } }),
    payouts: prisma.payout.findMany({ where: { producerId }, orderBy: { createdAt: "asc" } }),
    cart: prisma.cart.findUnique({ where: { userId }, include: { items: true } }),
    checkouts: prisma.checkout.findMany({ where: { buyerId: userId }, omit: { accessToken: true, stripeUrl: true } }),
    consents: prisma.consent.findMany({ where: { userId }, orderBy: { givenAt: "asc" } }),
    auditEntries: prisma.auditLog.findMany({
      where: { OR: [{ subjectUserId: userId }, { actorId: userId }] },
      orderBy: { createdAt: "asc" },
    }),
    accountLinks: prisma.accountToken.findMany({
      where: { userId },
      select: { purpose: true, email: true, createdAt: true, expiresAt: true, usedAt: true },
    }),
    twoStep: prisma.twoStepLogin.findUnique({ where: { userId }, select: { enabledAt: true, createdAt: true } }),
    recoveryCodes: prisma.recoveryCode.findMany({ where: { userId }, select: { createdAt: true, usedAt: true } }),
    listingAssistance: prisma.listingAssistance.findMany({
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
    ...featureQueries(userId, producerId),
  });
  return {
    exportedAt: new Date().toISOString(),
    format: "lapak-pustaka/personal-data/1",
    account: profile,
    ...sections,
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
