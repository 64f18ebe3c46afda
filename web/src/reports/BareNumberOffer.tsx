// The server refused a typed number that equals a figure: offer the figure in its place.
import { Alert, Button, Flex } from "antd";
import type { BareNumberOffer as Offer } from "../api/reports";
import { FigureName } from "../indicators/FigureName";
import type { FigureLookup } from "./figureLookup";

interface BareNumberOfferProps {
  offers: readonly Offer[];
  lookup: FigureLookup;
  busy: boolean;
  /** Puts `replacement` (the figure's placeholder, formatted as typed) in place of `number`. */
  onAccept: (number: string, replacement: string) => void;
}

export function BareNumberOffer({ offers, lookup, busy, onAccept }: BareNumberOfferProps) {
  return (
    <Alert
      type="warning"
      showIcon
      className="bare-number-offer"
      data-testid="bare-number-offer"
      title="数字应当引用指标"
      description={offers.map((offer) => (
        <div key={offer.number} className="bare-number">
          <div>{offer.message}</div>
          <Flex gap={8} wrap className="bare-number-buttons">
            {offer.keys.map((key, index) => (
              <Button
                key={key}
                size="small"
                type="primary"
                ghost
                loading={busy}
                onClick={() => {
                  onAccept(offer.number, offer.replacements[index] ?? `{{${key}}}`);
                }}
                data-testid={`bare-number-accept-${key}`}
              >
                改为插入指标：
                <FigureName label={lookup.label(key)} indicatorKey={key} />
              </Button>
            ))}
          </Flex>
        </div>
      ))}
    />
  );
}
