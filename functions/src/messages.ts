// Every answer the service gives that is not a plan: a stable code and a message in Danish and
// English. Codes never change meaning once published; the add-in and the CLI show the message.

import type { Message } from '../../core/schema';

export const SERVICE_ERRORS = {
  unauthenticated: {
    status: 401,
    message: {
      da: 'Du er ikke logget ind. Log ind med din arbejdskonto og prøv igen.',
      en: 'You are not signed in. Sign in with your work account and try again.',
    },
  },
  token_invalid: {
    status: 401,
    message: {
      da: 'Dit login kunne ikke godkendes ({reason}). Log ind igen.',
      en: 'Your sign-in could not be accepted ({reason}). Sign in again.',
    },
  },
  scope_missing: {
    status: 403,
    message: {
      da: 'Dit login giver ikke adgang til korpsplan (rettigheden "{scope}" mangler). Log ind igen via tilføjelsesprogrammet.',
      en: 'Your sign-in does not give access to korpsplan (the permission "{scope}" is missing). Sign in again through the add-in.',
    },
  },
  auth_unavailable: {
    status: 503,
    message: {
      da: 'Login kan ikke kontrolleres lige nu. Prøv igen om lidt.',
      en: 'Sign-in cannot be checked right now. Try again in a moment.',
    },
  },
  user_unknown: {
    status: 403,
    message: {
      da: 'Du er ikke oprettet som bruger af korpsplan. Kontakt korpsets administrator.',
      en: 'You are not registered as a korpsplan user. Contact the corps administrator.',
    },
  },
  role_forbidden: {
    status: 403,
    message: {
      da: 'Din rolle ({role}) giver ikke adgang til dette.',
      en: 'Your role ({role}) does not give access to this.',
    },
  },
  municipality_forbidden: {
    status: 403,
    message: {
      da: 'Du er koordinator for kommune {own} og kan ikke indsende eller se planer for kommune {other}.',
      en: 'You are the coordinator for municipality {own} and cannot submit or read plans for municipality {other}.',
    },
  },
  unsupported_media_type: {
    status: 415,
    message: {
      da: 'Send selve .xlsx-filen som indhold (Content-Type {expected}), ikke "{given}".',
      en: 'Send the .xlsx file itself as the body (Content-Type {expected}), not "{given}".',
    },
  },
  file_too_large: {
    status: 413,
    message: {
      da: 'Filen er for stor. Den må højst fylde {max}.',
      en: 'The file is too large. It may be at most {max}.',
    },
  },
  file_empty: {
    status: 422,
    message: {
      da: 'Der blev ikke sendt nogen fil.',
      en: 'No file was sent.',
    },
  },
  note_too_long: {
    status: 422,
    message: {
      da: 'Bemærkningen er for lang ({length} tegn). Den må højst være {max} tegn.',
      en: 'The note is too long ({length} characters). It may be at most {max} characters.',
    },
  },
  note_malformed: {
    status: 400,
    message: {
      da: 'Bemærkningen kunne ikke læses. Den skal sendes URL-kodet (UTF-8).',
      en: 'The note could not be read. It must be sent URL-encoded (UTF-8).',
    },
  },
  note_contains_cpr: {
    status: 422,
    message: {
      da: 'Bemærkningen indeholder noget, der ligner et CPR-nummer. Planer og bemærkninger må ikke indeholde personnumre. Fjern det og send igen.',
      en: 'The note contains something that looks like a CPR number. Plans and notes must not contain personal identity numbers. Remove it and send again.',
    },
  },
  idempotency_key_invalid: {
    status: 400,
    message: {
      da: 'Idempotency-Key skal være 8-200 tegn af bogstaver, tal og - _ . :',
      en: 'Idempotency-Key must be 8-200 characters of letters, digits and - _ . :',
    },
  },
  idempotency_key_reused: {
    status: 422,
    message: {
      da: 'Denne Idempotency-Key er allerede brugt til en anden fil. Brug en ny nøgle til en ny indsendelse.',
      en: 'This Idempotency-Key was already used for another file. Use a new key for a new submission.',
    },
  },
  plan_invalid: {
    status: 422,
    message: {
      da: 'Planen har fejl, der skal rettes, før den kan indsendes. Se listen over fejl.',
      en: 'The plan has errors that must be corrected before it can be submitted. See the list of issues.',
    },
  },
  template_version_not_accepted: {
    status: 422,
    message: {
      da: 'Planen er lavet i skabelon {version}, som korpset ikke modtager (det modtager {accepted}). Brug skabelon {use}: åbn arbejdsbogen i korpsplan-tilføjelsesprogrammet og vælg "Opdater til skabelon {use}" – alle værdier bliver – eller kør korpsplan structure FIL -o NY.xlsx --template-version {use}. Indsend derefter igen.',
      en: 'The plan was made in template {version}, which the corps does not accept (it accepts {accepted}). Use template {use}: open the workbook in the korpsplan add-in and choose "Opdater til skabelon {use}" (update to template {use}) – every value is kept – or run korpsplan structure FILE -o NEW.xlsx --template-version {use}. Then submit again.',
    },
  },
  cpr_found: {
    status: 422,
    message: {
      da: 'Arbejdsbogen indeholder noget, der ligner et CPR-nummer. Intet er gemt. Fjern personnumre fra planen og send igen.',
      en: 'The workbook contains something that looks like a CPR number. Nothing was stored. Remove personal identity numbers from the plan and send again.',
    },
  },
  storage_unavailable: {
    status: 503,
    message: {
      da: 'Lageret svarer ikke lige nu. Intet halvt indsendt er synligt. Prøv igen om lidt – samme fil giver samme kvittering.',
      en: 'Storage is not answering right now. Nothing half-submitted is visible. Try again in a moment – the same file gives the same receipt.',
    },
  },
  bad_query: {
    status: 400,
    message: {
      da: 'Forespørgslen er ugyldig: {detail}',
      en: 'The request is invalid: {detail}',
    },
  },
  not_found: {
    status: 404,
    message: {
      da: 'Indsendelsen findes ikke.',
      en: 'The submission does not exist.',
    },
  },
  roster_invalid: {
    status: 422,
    message: {
      da: 'Brugerlisten er ugyldig: {detail}',
      en: 'The roster is invalid: {detail}',
    },
  },
  roster_changed: {
    status: 412,
    message: {
      da: 'Brugerlisten er ændret af en anden i mellemtiden. Hent den igen og gentag ændringen.',
      en: 'The roster was changed by someone else in the meantime. Fetch it again and repeat the change.',
    },
  },
  // Remembered corrections (GET/PUT /api/municipalities/{code}/corrections).
  corrections_forbidden: {
    status: 403,
    message: {
      da: 'Kun koordinatoren for kommune {code} kan læse og gemme kommunens huskede rettelser.',
      en: 'Only the coordinator of municipality {code} can read and save its remembered corrections.',
    },
  },
  corrections_too_large: {
    status: 413,
    message: {
      da: 'De huskede rettelser fylder for meget. De må højst fylde {max}; glem nogle af de ældste og prøv igen.',
      en: 'The remembered corrections are too large. They may be at most {max}; forget some of the oldest and try again.',
    },
  },
  corrections_invalid: {
    status: 422,
    message: {
      da: 'De huskede rettelser kunne ikke gemmes: {detail}',
      en: 'The remembered corrections could not be saved: {detail}',
    },
  },
  corrections_contain_cpr: {
    status: 422,
    message: {
      da: 'De huskede rettelser indeholder noget, der ligner et CPR-nummer. Intet er gemt. korpsplan gemmer aldrig personnumre.',
      en: 'The remembered corrections contain something that looks like a CPR number. Nothing was saved. korpsplan never stores personal identity numbers.',
    },
  },
  corrections_changed: {
    status: 409,
    message: {
      da: 'De huskede rettelser er ændret af en anden i mellemtiden. Hent dem igen og gem dine rettelser på ny.',
      en: 'The remembered corrections were changed by someone else in the meantime. Fetch them again and save your corrections again.',
    },
  },
  summary_unavailable: {
    status: 501,
    message: {
      da: 'Den samlede oversigt er ikke tilgængelig i denne version af tjenesten.',
      en: 'The merged summary is not available in this version of the service.',
    },
  },
  // A job of the inspection pool (functions/src/inspect/pool.ts) that ran past its time or memory
  // limit: 422, not 503, because it is the file that is refused: the same file would take as long
  // again, and a 503 would invite a client (the add-in, the CLI) to send it again and again.
  inspection_limit: {
    status: 422,
    message: {
      da: 'Projektmappen blev ikke læst færdig: den krævede {limit}, som er grænsen for én fil. Det sker kun med filer, der er meget store eller bygget på en usædvanlig måde. Gem planen som en ny Excel-projektmappe med kun de ark, der hører til planen, og prøv igen.',
      en: 'The workbook was not read to the end: it needed {limit}, the limit for one file. This happens only with files that are very large or built in an unusual way. Save the plan as a new Excel workbook with only the sheets that belong to it, and try again.',
    },
  },
  // Every worker of the pool busy and its queue full (or the wait too long): a passing condition.
  inspection_busy: {
    status: 503,
    message: {
      da: 'Tjenesten læser mange projektmapper lige nu. Intet er gemt. Prøv igen om lidt.',
      en: 'The service is reading many workbooks right now. Nothing was stored. Try again in a moment.',
    },
  },
  // Rounds and reviews (issue 12).
  round_invalid: {
    status: 422,
    message: {
      da: 'Runden er ugyldig: {detail}',
      en: 'The round is invalid: {detail}',
    },
  },
  round_exists: {
    status: 409,
    message: {
      da: 'Der er allerede en runde for {period}. Ret den i stedet for at åbne en ny.',
      en: 'There is already a round for {period}. Change it instead of opening a new one.',
    },
  },
  round_not_found: {
    status: 404,
    message: {
      da: 'Der er ingen runde for {period}.',
      en: 'There is no round for {period}.',
    },
  },
  round_changed: {
    status: 412,
    message: {
      da: 'Runden er ændret af en anden i mellemtiden. Hent den igen og gentag ændringen.',
      en: 'The round was changed by someone else in the meantime. Fetch it again and repeat the change.',
    },
  },
  round_closed: {
    status: 409,
    message: {
      da: 'Runden for {period} er lukket og kan ikke ændres.',
      en: 'The round for {period} is closed and cannot be changed.',
    },
  },
  review_invalid: {
    status: 422,
    message: {
      da: 'Vurderingen er ugyldig: {detail}',
      en: 'The review is invalid: {detail}',
    },
  },
  review_taken: {
    status: 409,
    message: {
      da: '{name} har allerede vurderet denne indsendelse ({decision}, {at}). Hent statuslisten igen.',
      en: '{name} has already reviewed this submission ({decision}, {at}). Fetch the status list again.',
    },
  },
  review_superseded: {
    status: 409,
    message: {
      da: 'Denne indsendelse er ikke {municipality}s seneste: kommunen har indsendt igen ({latest}). Vurdér den seneste i stedet.',
      en: 'This submission is not the latest from {municipality}: the municipality has submitted again ({latest}). Review the latest instead.',
    },
  },
  internal_error: {
    status: 500,
    message: {
      da: 'Der skete en uventet fejl hos korpsplan. Intet er gemt. Prøv igen, og kontakt administratoren, hvis det sker igen (reference {ref}).',
      en: 'An unexpected error happened in korpsplan. Nothing was stored. Try again, and contact the administrator if it happens again (reference {ref}).',
    },
  },
} as const satisfies Record<string, { status: number; message: Message }>;

export type ServiceErrorCode = keyof typeof SERVICE_ERRORS;

export function isServiceErrorCode(code: string): code is ServiceErrorCode {
  return Object.prototype.hasOwnProperty.call(SERVICE_ERRORS, code);
}

/** A value put into a message: the same in both languages, or one per language. */
export type MessageVar = string | number | Message;
export type MessageVars = Record<string, MessageVar>;

export function fill(message: Message, vars: MessageVars = {}): Message {
  const sub = (t: string, lang: 'da' | 'en'): string =>
    t.replace(/\{(\w+)\}/g, (whole, k: string) => {
      const v = vars[k];
      if (v === undefined) return whole;
      return typeof v === 'object' ? v[lang] : String(v);
    });
  return { da: sub(message.da, 'da'), en: sub(message.en, 'en') };
}

/** A failure the handlers answer with `{ error: { code, message } }` and the code's status. */
export class ServiceError extends Error {
  readonly status: number;
  readonly userMessage: Message;
  constructor(
    readonly code: ServiceErrorCode,
    vars: MessageVars = {},
    readonly headers: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    const { status, message } = SERVICE_ERRORS[code];
    const filled = fill(message, vars);
    super(`${code}: ${filled.en}`, options);
    this.name = 'ServiceError';
    this.status = status;
    this.userMessage = filled;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} B`;
}
