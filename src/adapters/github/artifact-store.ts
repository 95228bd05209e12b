import type { ArtifactStore } from '../../ports';

/** Uploads with @actions/artifact (loaded only when a run has outputs to upload). */
export class ActionsArtifactStore implements ArtifactStore {
  constructor(private readonly runUrl: string) {}

  async upload(name: string, rootDir: string, files: string[]): Promise<{ id?: string; url?: string }> {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { id } = await client.uploadArtifact(name, files, rootDir);
    if (id === undefined) return {};
    return { id: String(id), url: `${this.runUrl}/artifacts/${id}` };
  }
}
