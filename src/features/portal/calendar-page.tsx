import { ErrorSummary, SelectField } from "../../web/forms.tsx";
import { Layout, type PageContext } from "../../web/layout.tsx";
import { FollowLinks } from "../feeds/follow-links.tsx";
import { MeetingEntry } from "./components.tsx";
import type { CalendarPageModel } from "./presenters/calendar.ts";

export interface CalendarPageProps {
  ctx: PageContext;
  model: CalendarPageModel;
  /** Problems with the query, keyed "maned" or "utvalg". */
  errors: Record<string, string>;
}

export function CalendarPage({ ctx, model, errors }: CalendarPageProps) {
  const { maned, ...fieldErrors } = errors;
  return (
    <Layout ctx={ctx} title={`Møtekalender ${model.monthLabel}`} alternates={model.feeds}>
      <h1 class="ds-heading" data-size="xl">
        Møtekalender
      </h1>
      <ErrorSummary
        errors={maned ? { form: maned, ...fieldErrors } : fieldErrors}
        labels={{ utvalg: "Utvalg" }}
      />
      <form method="get" action="/moter" class="fs-form">
        <input type="hidden" name="maned" value={model.monthParam} />
        <SelectField
          name="utvalg"
          label="Utvalg"
          value={model.bodySlug}
          options={model.bodyOptions}
          emptyLabel="Alle utvalg"
          error={fieldErrors.utvalg}
        />
        <button type="submit" class="ds-button" data-variant="secondary">
          Vis møter
        </button>
      </form>
      <section aria-labelledby="maaned" class="fs-stack">
        <h2 class="ds-heading" data-size="lg" id="maaned">
          Møter i {model.monthLabel}
        </h2>
        <nav aria-label="Bla mellom måneder" class="fs-actions">
          <a class="ds-link" href={model.previous.href}>
            Forrige måned ({model.previous.label})
          </a>
          <a class="ds-link" href={model.next.href}>
            Neste måned ({model.next.label})
          </a>
        </nav>
        {model.days.length === 0 ? (
          <p class="ds-paragraph">Ingen møter i {model.monthLabel}.</p>
        ) : (
          model.days.map((day) => (
            <section key={day.day} aria-labelledby={`dag-${day.day}`} class="fs-stack">
              <h3 class="ds-heading" data-size="sm" id={`dag-${day.day}`}>
                {day.label}
              </h3>
              <ul class="fs-list">
                {day.meetings.map((meeting) => (
                  <MeetingEntry key={meeting.id} meeting={meeting} showDate={false} />
                ))}
              </ul>
            </section>
          ))
        )}
      </section>
      <FollowLinks feeds={model.feeds} alertHref={model.alertHref} />
    </Layout>
  );
}
