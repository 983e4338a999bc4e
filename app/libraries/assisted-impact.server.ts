// Impact work a librarian does with a producer of their library, with the
// producer's consent (who agreed, how, when), as for assisted listings:
// - the 6-monthly check-in (the producer answers, the librarian types): the
//   same questions and 6-month rule as the producer's own (app/impact/check-ins.server.ts);
// - the impact story, written with them (app/impact/stories.server.ts).
// The consent is written with the change and audited in one transaction.
import { z } from "zod";
import { CheckInInput, checkInFormInput, recordCheckIn } from "~/impact/check-ins.server";
import { saveStory, StoryInput } from "~/impact/stories.server";
import { type Actor, requireUser } from "~/accounts/scope.server";
import { httpErrorFor } from "~/platform/http-errors";
import { formValues, parseFormData, readForm } from "~/platform/form.server";
import { assistedProducer, consentFormValues, consentInput } from "./assisted-listings.server";

type AssistedProducer = Awaited<ReturnType<typeof assistedProducer>>;

/** The signed-in librarian and the producer of their library the page names (403/404 otherwise). */
export async function requireAssistedProducer(request: Request, producerId: string | undefined) {
  const user = await requireUser(request);
  try {
    return { user, producer: await assistedProducer(user, producerId ?? "") };
  } catch (error) {
    throw httpErrorFor(error);
  }
}

/** The check-in's answers and the producer's consent, checked together (the day in the library's zone). */
export const assistedCheckInInput = (timeZone: string) => z.intersection(CheckInInput, consentInput(timeZone));

/** Reads the assisted check-in form (CSRF first), with the consent as typed to show it again after a refusal. */
export async function readAssistedCheckInForm(request: Request, producer: AssistedProducer) {
  const formData = await readForm(request);
  const form = parseFormData(formData, assistedCheckInInput(producer.homeLibrary.timeZone), (data) => ({
    ...formValues(data),
    ...checkInFormInput(data),
  }));
  return { ...form, consent: consentFormValues(formData) };
}

/** Saves the check-in as the librarian recorded it for the producer of a library they act for. */
export function recordAssistedCheckIn(
  actor: Actor,
  producer: AssistedProducer,
  values: z.output<ReturnType<typeof assistedCheckInInput>>,
) {
  const { consentName, consentMethod, consentGivenOn, ...answers } = values;
  return recordCheckIn(producer, answers, {
    librarianId: actor.id,
    libraryId: producer.homeLibrary.id,
    consent: { consentName, consentMethod, consentGivenOn },
  });
}

/** The story and the producer's consent, checked together. */
export const assistedStoryInput = (timeZone: string) => z.intersection(StoryInput, consentInput(timeZone));

/** Reads the assisted story form (CSRF first), with what was typed to show it again after a refusal. */
export async function readAssistedStoryForm(request: Request, producer: AssistedProducer) {
  const formData = await readForm(request);
  const form = parseFormData(formData, assistedStoryInput(producer.homeLibrary.timeZone));
  return { ...form, consent: consentFormValues(formData), typed: formValues(formData) };
}

/** Saves the story as the librarian wrote it with the producer, and the IMPACT_STORY consent they recorded. */
export function saveAssistedStory(
  actor: Actor,
  producer: AssistedProducer,
  values: z.output<ReturnType<typeof assistedStoryInput>>,
) {
  const { consentName, consentMethod, consentGivenOn, ...story } = values;
  return saveStory(producer, story, {
    kind: "librarian",
    userId: actor.id,
    libraryId: producer.homeLibrary.id,
    consent: { consentName, consentMethod, consentGivenOn },
  });
}
