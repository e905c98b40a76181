import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Watches what an editor writes inside the element: inline data (a `<table>` or a JSON
 * `<script>`), and a timeline's `<cc-annotation>` notes. Calls `changed` on any change;
 * `version` counts them, so a chart whose notes changed is drawn again.
 */
export class ChildrenController implements ReactiveController {
  version = 0;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    this.observer = new MutationObserver(() => {
      this.version++;
      this.changed();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
