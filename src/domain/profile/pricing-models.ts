// How work is priced. Hourly is allowed but discouraged: it ties income to time and rewards being slow.

export const pricingModels = ['project', 'day', 'week', 'month', 'retainer', 'hourly'] as const;
export type PricingModel = (typeof pricingModels)[number];

export function isDiscouragedPricingModel(model: PricingModel): boolean {
  switch (model) {
    case 'hourly':
      return true;
    case 'project':
    case 'day':
    case 'week':
    case 'month':
    case 'retainer':
      return false;
  }
}
