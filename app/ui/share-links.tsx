// Sharing a public page (issue 19), built to work without JavaScript on a
// village phone: a "Bagikan ke WhatsApp" link (wa.me with the name, price and
// the page's address, marked `via=whatsapp`) and the address in a read-only
// field to copy. With JavaScript, a copy button, and the phone's own share
// sheet (Web Share API) where the browser has one. No inline script: the
// buttons are React's, shown only once the page has hydrated.
import { useEffect, useId, useState } from "react";
import { useTranslation } from "~/platform/i18n/react";
import { formatRupiah } from "~/platform/money";
import { sharedUrl } from "~/platform/share-via";
import { secondaryButtonClass } from "./button";

type Props = {
  /** The page's canonical address (absolute). */
  url: string;
  /** What is shared: a product's, producer's or library's name. */
  name: string;
  /** Its price, or the lowest of its products' prices ("mulai …" when `from`). */
  price?: { amountIdr: number; from: boolean } | null;
};

export function ShareLinks({ url, name, price }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [canShare, setCanShare] = useState(false);
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setCanShare(typeof navigator.share === "function");
    setCanCopy(typeof navigator.clipboard?.writeText === "function");
  }, []);

  const text = price
    ? t(price.from ? "share.messageFrom" : "share.messagePrice", { name, price: formatRupiah(price.amountIdr) })
    : t("share.message", { name });
  const whatsapp = `https://wa.me/?text=${encodeURIComponent(`${text}\n${sharedUrl(url, "whatsapp")}`)}`;

  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2 print:hidden">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {t("share.heading")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <a
          href={whatsapp}
          target="_blank"
          rel="noopener noreferrer"
          className="bg-leaf-700 hover:bg-leaf-600 inline-block rounded-md px-4 py-2 font-semibold text-white"
        >
          {t("share.whatsapp")} <span className="sr-only">{t("share.opensWhatsapp")}</span>
        </a>
        {canShare ? (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => void navigator.share({ title: name, text, url }).catch(() => undefined)}
          >
            {t("share.shareWith")}
          </button>
        ) : null}
      </p>
      <div className="max-w-xl">
        <label htmlFor={`${id}-link`} className="block text-sm font-medium">
          {t("share.linkLabel")}
        </label>
        <p className="flex gap-2">
          <input
            id={`${id}-link`}
            type="url"
            readOnly
            value={url}
            aria-describedby={`${id}-hint`}
            onFocus={(event) => event.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 text-sm"
          />
          {canCopy ? (
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() =>
                void navigator.clipboard.writeText(url).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {t("share.copy")}
            </button>
          ) : null}
        </p>
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {t("share.linkHint")}
        </p>
        <p role="status" className="text-sm">
          {copied ? t("share.copied") : ""}
        </p>
      </div>
    </section>
  );
}
