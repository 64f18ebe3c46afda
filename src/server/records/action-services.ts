// Actions declared `service: true` are taken through their domain's service, which does its own
// work in the action's transaction; the generic action route hands them over here.
import type { Actor } from "../../engine/actor.js";
import type { EngineContext } from "../../engine/context.js";
import type { RecordRow } from "../../engine/select.js";
import {
  drawPlan,
  publishPlan,
  publishResults,
  type ActionInput,
} from "../../inspection/service.js";

type ActionService = (
  context: EngineContext,
  actor: Actor,
  input: ActionInput,
) => Promise<RecordRow>;

const services: Readonly<Record<string, ActionService>> = {
  "inspectionPlan:publish": publishPlan,
  "inspectionPlan:draw": (context, actor, input) => drawPlan(context, actor, input),
  "inspectionPlan:publishResults": publishResults,
};

export const actionServiceFor = (type: string, action: string): ActionService | undefined =>
  services[`${type}:${action}`];
