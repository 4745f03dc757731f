import { mountApp } from '@/src/ui/mount';
import { Popup } from '@/src/ui/popup/Popup';

mountApp(<Popup />);
