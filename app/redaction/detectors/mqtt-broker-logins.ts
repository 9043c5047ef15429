// The login an MQTT client connected with, as brokers log each connection. Mosquitto: `New client connected from
// 192.168.0.2:3326 as paho166818 (p2, c1, k60, u'jdoe').` (1.x writes `(c1, k60, u'jdoe')`, MQTT 5 clients `p5`; a
// client id may hold blanks: `as Living Room Sensor (…)`). RabbitMQ (its MQTT plugin, and AMQP alike): `MQTT
// connection 192.168.0.2:3326 -> 10.0.0.1:1883 with client id paho1: user 'jdoe' authenticated and granted access to
// vhost '/'`. Home Assistant, Zigbee2MQTT and IoT gateways print the same lines; developers paste them when a device
// stops publishing. The login goes; the client id, the flags and the topics stay (the address is the address
// detector's). Each line is read once from its phrase, at most LINE_MAX characters of it.
import type { PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

const MOSQUITTO = "New client connected from ";
const RABBITMQ = "' authenticated and granted access to vhost";
const LINE_MAX = 1_000;
/** The end of a mosquitto line: the flags with the login last, then `)` (read from the end: the client id before
 *  them may hold blanks and brackets). */
const MOSQUITTO_FLAGS = /\((?:[pck]\d{1,5}, ){0,3}u'([^'\n]{1,256})'\)\.?[ \t\r]*$/;
const RABBITMQ_USER = "user '";

export const mqttBrokerCue = (text: string): boolean => text.includes(MOSQUITTO) || text.includes(RABBITMQ);

export function findMqttBrokerLogins(text: string, out: PhiSpan[]): void {
  let next = text.indexOf(MOSQUITTO);
  while (next !== -1) {
    const from = next + MOSQUITTO.length;
    next = text.indexOf(MOSQUITTO, from);
    // The line, cut at the next phrase too: each character is read for one phrase only.
    const window = text.slice(from, Math.min(next < 0 ? text.length : next, from + LINE_MAX));
    const lineEnd = window.indexOf("\n");
    const line = lineEnd < 0 ? window : window.slice(0, lineEnd);
    const m = line.includes(" as ") ? MOSQUITTO_FLAGS.exec(line) : null;
    if (m) push(out, from + m.index + m[0].indexOf("u'") + 2, m[1]);
  }
  for (let at = text.indexOf(RABBITMQ); at !== -1; at = text.indexOf(RABBITMQ, at + RABBITMQ.length)) {
    // The login is quoted right before the phrase, after `user '` on the same line (a login holds no quote).
    const window = text.slice(Math.max(0, at - 256 - RABBITMQ_USER.length), at);
    const open = window.lastIndexOf(RABBITMQ_USER);
    if (open < 0) continue;
    const login = window.slice(open + RABBITMQ_USER.length);
    if (!/^[^'\n]+$/.test(login)) continue;
    push(out, at - login.length, login);
  }
}

function push(out: PhiSpan[], start: number, login: string): void {
  if (!isNobodysLogin(login)) out.push({ start, end: start + login.length, type: "user_name" });
}
