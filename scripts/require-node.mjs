// Stops early, in Dutch, when Node is too old for Astro 7 and vitest 5.
// Kept to syntax that very old Node versions can still parse.
var MIN = [22, 12, 0];
var have = process.versions.node.split('.').map(Number);
var tooOld = false;
for (var i = 0; i < 3; i++) {
  if (have[i] > MIN[i]) break;
  if (have[i] < MIN[i]) {
    tooOld = true;
    break;
  }
}
if (tooOld) {
  console.error(
    [
      '',
      'Partnerwijzer heeft Node.js 22.12 of nieuwer nodig. Je gebruikt nu Node.js ' +
        process.versions.node +
        '.',
      '',
      'Zo krijg je een nieuwere versie:',
      '  - met nvm: voer in deze map "nvm install" en daarna "nvm use" uit (het bestand .nvmrc noemt versie 24);',
      '  - zonder nvm: "npm install --prefix ~/.cache/node24 node@24" en zet',
      '    ~/.cache/node24/node_modules/node/bin vooraan in je PATH.',
      '',
      'Start daarna dezelfde opdracht opnieuw.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}
