import type { ArtifactStore } from '../../ports';
import { uploadArtifact } from './artifact-upload';

/** Uploads a job's outputs as an artifact of this workflow run (artifact-upload.ts). */
export class ActionsArtifactStore implements ArtifactStore {
  constructor(
    private readonly runUrl: string,
    private readonly notice?: (message: string) => void,
  ) {}

  async upload(name: string, rootDir: string, files: string[]): Promise<{ id?: string; url?: string }> {
    const { id } = await uploadArtifact(name, rootDir, files, { notice: this.notice });
    return { id: String(id), url: `${this.runUrl}/artifacts/${id}` };
  }
}
