import type { ArtifactStore } from '../../ports';

/** The CLI keeps the outputs where the script wrote them. */
export class LocalArtifactStore implements ArtifactStore {
  async upload(_name: string, rootDir: string): Promise<{ id?: string; url?: string }> {
    return { url: rootDir };
  }
}
