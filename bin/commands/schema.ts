import * as z from "zod/mini";
import { ticketSchema } from "../../app/ticket/schema";
import type { Command } from "./cli";

const schema: Command = async (_args, io) => {
  io.stdout.write(
    JSON.stringify(z.toJSONSchema(ticketSchema, { io: "input", unrepresentable: "any" }), null, 2) + "\n",
  );
  return 0;
};
export default schema;
