import type { ArtifactStore } from '../../ports';

type ArtifactLibrary = typeof import('@actions/artifact');

/**
 * Uploads with @actions/artifact. The library (with its zip and Azure code) is loaded on first use, or earlier
 * through `prepare`, while the job waits on the checkout and the script.
 */
export class ActionsArtifactStore implements ArtifactStore {
  private library: Promise<ArtifactLibrary> | undefined;

  constructor(private readonly runUrl: string) {}

  prepare(): void {
    this.load().catch(() => undefined);
  }

  async upload(name: string, rootDir: string, files: string[]): Promise<{ id?: string; url?: string }> {
    const { DefaultArtifactClient } = await this.load();
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(name, files, rootDir);
    if (id === undefined) return {};
    return { id: String(id), url: `${this.runUrl}/artifacts/${id}` };
  }

  private load(): Promise<ArtifactLibrary> {
    // A failed load is tried again by the next call.
    this.library ??= import('@actions/artifact').catch((error: unknown) => {
      this.library = undefined;
      throw error;
    });
    return this.library;
  }
}
