export interface FirstRunProps {
  /** Opens the options page. */
  onOpenSettings(): void;
}

/** The page opened on install: what Outward does, the privacy promise, a quick example, where settings are. */
export function FirstRun({ onOpenSettings }: FirstRunProps) {
  return (
    <main class="ow-page">
      <h1>Welcome to Outward</h1>
      <p>
        Outward reads your Gmail and LinkedIn drafts as you write and points out the places where the message is about you instead of your reader. For
        each one it explains why and offers a rewrite you can apply with one click and undo with Ctrl+Z.
      </p>
      <p>
        <strong>Your drafts never leave your browser.</strong>
      </p>

      <h2>A 20-second example</h2>
      <div class="ow-example">
        <p>You write:</p>
        <p>
          <q>
            <mark class="ow-mark">I hope this email finds you well.</mark> We are the leading provider of onboarding software.
          </q>
        </p>
        <p>Outward underlines the opener and says: open with something about them instead of a stock pleasantry.</p>
        <p>One click later:</p>
        <p>
          <q>Saw your team doubled this year. New starters at that pace usually wait weeks for access; we can get that down to a day.</q>
        </p>
      </div>
      <p>The badge on the compose window shows a client-focus score from 0 to 100. Higher means the draft is more about them.</p>

      <h2>Make it yours</h2>
      <p>
        Click the Outward button in the browser toolbar to see every suggestion for the current draft, then Settings to switch rules on or off,
        add your company and product names, or pause Outward on a site.
      </p>
      <button type="button" class="ow-button ow-button-primary" onClick={onOpenSettings}>
        Open settings
      </button>
    </main>
  );
}
