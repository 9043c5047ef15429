// The login an MQTT client connected with, as the mosquitto broker logs each connection: `New client connected from
// 192.168.0.2:3326 as paho166818 (p2, c1, k60, u'jdoe').` (1.x writes `(c1, k60, u'jdoe')`, MQTT 5 clients `p5`).
// Home Assistant, Zigbee2MQTT and IoT gateways print the same line; developers paste it when a device stops
// publishing. The `u'…'` login goes; the client id, the flags and the topics stay (the address is the address
// detector's). Each line is read once from its phrase, at most LINE_MAX characters.
import type { PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

const PHRASE = "New client connected from ";
/** The rest of the line after the phrase: the address, the client id, then the flags with the login last. */
const CONNECTED = /[^\s]{1,300} as [^\s]{1,256} \((?:[pck]\d{1,5}, ){0,3}u'([^'\n]{1,256})'\)/y;

export const mqttBrokerCue = (text: string): boolean => text.includes(PHRASE);

export function findMqttBrokerLogins(text: string, out: PhiSpan[]): void {
  for (let at = text.indexOf(PHRASE); at !== -1; at = text.indexOf(PHRASE, at + PHRASE.length)) {
    CONNECTED.lastIndex = at + PHRASE.length;
    const m = CONNECTED.exec(text);
    const login = m?.[1];
    if (!m || !login || isNobodysLogin(login)) continue;
    const end = m.index + m[0].length - 2;
    out.push({ start: end - login.length, end, type: "user_name" });
  }
}
