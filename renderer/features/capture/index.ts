export { CaptureScreen } from './CaptureScreen';
export { StartCapture } from './StartCapture';
