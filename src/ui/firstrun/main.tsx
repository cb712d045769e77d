// First-run entry: opened by the background on install; needs no permission beyond storage.
import { render } from 'preact';
import { nativeApi } from '../../platform/messages';
import { componentCss, documentCss, injectCss, pageCss } from '../styles';
import { FirstRun } from './FirstRun';

injectCss(document, componentCss, 'components');
injectCss(document, pageCss, 'page');
injectCss(document, documentCss, 'document');
const runtime = (nativeApi() as { runtime: { openOptionsPage(): Promise<void> } }).runtime;
render(<FirstRun onOpenSettings={() => void runtime.openOptionsPage()} />, document.getElementById('app')!);
