import type { Messages } from "../../id";

export const librarianTools: Messages["librarianTools"] = {
  assisted: {
    link: "This producer's listings",
    listTitle: "{{producer}}'s listings",
    intro:
      "When a producer cannot create or edit a listing themselves, you can do it on their behalf. Each time, ask first and record their consent.",
    newListing: "Create a listing for this producer",
    newTitle: "Create a listing for {{producer}}",
    editTitle: "Edit the listing for {{producer}}",
    noListings: "This producer has no listings yet.",
    edit: "Edit",
    backToList: "Back to {{producer}}'s listings",
    backToProducers: "Back to the producers",
    created:
      "The listing is saved as a draft and the producer's consent is recorded. The producer or you can add photos.",
    saved: "Changes saved and the producer's consent recorded.",
    savedBackToReview:
      "Changes saved and the producer's consent recorded. The listing goes back to review because an important detail changed.",
    fixBelow: "Not saved yet. Please correct the fields marked below.",
    photos: "Photos",
    photosSaved: "Photos saved and the producer's consent recorded.",
    photosSubmitted: "Photos saved, the producer's consent recorded, and the listing sent for review.",
    submitToo: "Send the listing for review once the photos are saved",
    consent: {
      legend: "The producer's consent",
      hint: "You are listing on the producer's behalf. Make sure they agree, then record who agreed, when and how.",
      name: "Name of the person who agreed",
      nameHint: "Write the name as the person stated it.",
      method: "How they agreed",
      methods: { IN_PERSON: "In person", PHONE: "By phone" },
      givenOn: "Date of consent",
      givenOnHint: "Today or at most {{days}} days ago.",
    },
    errors: {
      consentNameRequired: "Write the name of the person who agreed.",
      consentNameTooLong: "The name is too long (120 characters at most).",
      consentMethodRequired: "Choose how they agreed: in person or by phone.",
      dateInvalid: "Enter a valid date.",
      dateInFuture: "The date of consent cannot be in the future.",
      dateTooOld: "This consent is more than {{days}} days old. Please ask the producer again.",
    },
    history: {
      title: "Librarian's help",
      CREATE: "{{date}}: created by {{librarian}} ({{library}}), with the consent of {{name}} {{method}}.",
      EDIT: "{{date}}: edited by {{librarian}} ({{library}}), with the consent of {{name}} {{method}}.",
      method: { IN_PERSON: "in person", PHONE: "by phone" },
      someone: "a librarian",
    },
  },
  banner: {
    title: "Banner photo",
    intro:
      "This photo shows at the top of the library's storefront. Choose a wide photo, such as the library itself or villagers' products.",
    none: "No banner photo yet.",
    current: "Current banner photo",
    file: "Choose a photo",
    fileHint: "JPEG, PNG or WebP, 10 MB at most.",
    alt: "Photo description (for screen readers)",
    altHint: "One sentence about what the photo shows, such as “Villagers showing their chips on the library's porch”.",
    upload: "Save banner photo",
    saveAlt: "Save description",
    remove: "Remove banner photo",
    saved: "Banner photo saved.",
    altSaved: "Photo description saved.",
    removed: "Banner photo removed.",
    errors: {
      fileRequired: "Choose a photo first.",
      altRequired: "Describe the photo.",
      altTooLong: "The description is too long (200 characters at most).",
      noPhoto: "There is no banner photo yet.",
    },
  },
  eventSales: {
    soldOnHint: "Today or at most {{days}} days ago.",
    moreRows: "Add 5 more rows",
    moreRowsHint: "At most {{max}} rows per save. What you typed stays when rows are added.",
    errors: {
      dateInvalid: "Enter a valid sale date.",
      dateInFuture: "The sale date cannot be in the future.",
      dateTooOld:
        "Sales more than {{days}} days ago cannot be recorded here, so that the impact report stays honest. Please contact the programme admin.",
    },
  },
};
