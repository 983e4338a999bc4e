-- The notifications outbox (issue 15): e-mails written in the same transaction
-- as the change they tell of, delivered by a worker with retries and backoff,
-- at most one row per event, channel and recipient.

-- CreateEnum
CREATE TYPE "OutboxChannel" AS ENUM ('EMAIL');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "channel" "OutboxChannel" NOT NULL,
    "eventKey" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "userId" TEXT,
    "toAddress" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "textBody" TEXT NOT NULL,
    "htmlBody" TEXT NOT NULL,
    "unsubscribeUrl" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedUntil" TIMESTAMP(3),
    "claimToken" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OutboxMessage_attempts_not_negative" CHECK ("attempts" >= 0),
    -- A sent message says when.
    CONSTRAINT "OutboxMessage_sent_has_time" CHECK (("status" = 'SENT') = ("sentAt" IS NOT NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_eventKey_channel_recipient_key" ON "OutboxMessage"("eventKey", "channel", "recipient");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_createdAt_idx" ON "OutboxMessage"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
