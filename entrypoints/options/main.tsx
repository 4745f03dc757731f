import { mountApp } from '@/src/ui/mount';
import { Options } from '@/src/ui/options/Options';

mountApp(<Options />);
