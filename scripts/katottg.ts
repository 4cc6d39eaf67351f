// The KATOTTG codifier copy the districts-layer builders read (scripts/build-ua-raions.ts, scripts/build-ua-hromadas.ts)
// and its oblasts' names in the admin-1 layer and in GeoNames.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const KATOTTG = { repo: 'igskak/KATOTTG', path: 'kodifikator-16-05-2025.csv' };
/** The codifier's oblast names (level 1, category O) → the admin-1 layer's name and the GeoNames admin1 code (checked:
 * each code's most populous cities500 place is the oblast's capital). */
export const OBLASTS: Record<string, [string, string]> = {
  Вінницька: ['Vinnytsia Oblast', '23'],
  Волинська: ['Volyn Oblast', '24'],
  Дніпропетровська: ['Dnipropetrovsk Oblast', '04'],
  Донецька: ['Donetsk Oblast', '05'],
  Житомирська: ['Zhytomyr Oblast', '27'],
  Закарпатська: ['Zakarpattia Oblast', '25'],
  Запорізька: ['Zaporizhzhia Oblast', '26'],
  'Івано-Франківська': ['Ivano-Frankivsk Oblast', '06'],
  Київська: ['Kyiv Oblast', '13'],
  Кіровоградська: ['Kirovohrad Oblast', '10'],
  Луганська: ['Luhansk Oblast', '14'],
  Львівська: ['Lviv Oblast', '15'],
  Миколаївська: ['Mykolaiv Oblast', '16'],
  Одеська: ['Odessa Oblast', '17'],
  Полтавська: ['Poltava Oblast', '18'],
  Рівненська: ['Rivne Oblast', '19'],
  Сумська: ['Sumy Oblast', '21'],
  Тернопільська: ['Ternopil Oblast', '22'],
  Харківська: ['Kharkiv Oblast', '07'],
  Херсонська: ['Kherson Oblast', '08'],
  Хмельницька: ['Khmelnytskyi Oblast', '09'],
  Черкаська: ['Cherkasy Oblast', '01'],
  Чернівецька: ['Chernivtsi Oblast', '03'],
  Чернігівська: ['Chernihiv Oblast', '02'],
};

/** The codifier's text from its fetched snapshot under `mirrors`, and the provenance its rows record (repo, commit, path). */
export function readKatottg(mirrors: string): { csv: string; provenance: string } {
  const dir = join(mirrors, KATOTTG.repo.replace('/', '+'), 'repo');
  const commit = execFileSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const csv = execFileSync('git', ['-C', dir, 'show', `HEAD:${KATOTTG.path}`], { maxBuffer: 1 << 28 }).toString('utf8');
  return { csv, provenance: `repo:${KATOTTG.repo}@${commit}:${KATOTTG.path}` };
}
