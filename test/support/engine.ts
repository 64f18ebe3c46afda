// Helpers for engine tests: expect an EngineError.
import { EngineError } from "../../src/engine/errors.js";

/** The EngineError the promise rejects with; fails the test if it resolves or throws something else. */
export async function errorOf(promise: Promise<unknown>): Promise<EngineError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof EngineError) return error;
    throw error;
  }
  throw new Error("expected an EngineError");
}
