// antd's Radio.Group passes role and aria-* attributes to its element but does not declare role.
// Form.Item sets aria-required on a required group, which needs the radiogroup role (axe: aria-allowed-attr).
import 'antd/es/radio/interface';

declare module 'antd/es/radio/interface' {
  interface RadioGroupProps {
    role?: 'radiogroup';
  }
}
