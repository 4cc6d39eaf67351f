// Natural Earth points of the countries and first-level regions that several hand-annotated sets name, each
// defined once (the sets' build/places.ts import them; a set naming one under another name keeps its own).
import { ne0, ne1 } from './ref-places.ts';

// countries (Natural Earth admin-0 points)
export const belarus = ne0('Belarus', 'BY', 53.53188, 28.03357);
export const finland = ne0('Finland', 'FI', 64.50972, 26.28783);
export const northKorea = ne0('North Korea', 'KP', 40.15221, 127.18673);
export const russia = ne0('Russia', 'RU', 61.66113, 99.07085);
export const turkey = ne0('Turkey', 'TR', 38.98958, 35.42354);
export const ukraine = ne0('Ukraine', 'UA', 49.16098, 31.25518);
export const unitedKingdom = ne0('United Kingdom', 'GB', 53.94761, -2.51865);
export const usa = ne0('United States', 'US', 39.528, -99.14449);

// first-level regions (Natural Earth admin-1 points)
export const alaska = ne1('Alaska', 'US', 'US-AK', 65.3609, -151.604);
export const belgorodOblast = ne1('Belgorod Oblast', 'RU', 'RU-BEL', 50.8757, 37.277);
export const bryanskOblast = ne1('Bryansk Oblast', 'RU', 'RU-BRY', 53.0868, 33.2803);
export const chechnya = ne1('Chechen Republic', 'RU', 'RU-CE', 43.2153, 45.757);
export const chernihivOblast = ne1('Chernihiv Oblast', 'UA', 'UA-74', 51.2597, 32.0287);
export const crimea = ne1('Autonomous Republic of Crimea', 'UA', 'UA-43', 45.3115, 34.2784);
export const dnipropetrovskOblast = ne1('Dnipropetrovsk Oblast', 'UA', 'UA-12', 48.6313, 34.9555);
export const donetskOblast = ne1('Donetsk Oblast', 'UA', 'UA-14', 48.145, 37.7933);
export const kharkivOblast = ne1('Kharkiv Oblast', 'UA', 'UA-63', 49.4655, 36.4612);
export const khersonOblast = ne1('Kherson Oblast', 'UA', 'UA-65', 46.6964, 33.5787);
export const kurskOblast = ne1('Kursk Oblast', 'RU', 'RU-KRS', 51.7358, 36.2921);
export const kyivOblast = ne1('Kyiv Oblast', 'UA', 'UA-32', 50.0894, 31.0214);
export const luhanskOblast = ne1('Luhansk Oblast', 'UA', 'UA-09', 48.9084, 39.0033);
export const mykolaivOblast = ne1('Mykolaiv Oblast', 'UA', 'UA-48', 47.0902, 31.6498);
export const odesaOblast = ne1('Odesa Oblast', 'UA', 'UA-51', 46.0315, 29.7568);
export const sumyOblast = ne1('Sumy Oblast', 'UA', 'UA-59', 50.8153, 34.3159);
export const zaporizhzhiaOblast = ne1('Zaporizhzhia Oblast', 'UA', 'UA-23', 47.3346, 35.7123);
