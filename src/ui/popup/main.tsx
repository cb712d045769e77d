import { render } from 'preact';

render(<main><h1>Outward</h1></main>, document.getElementById('app')!);
