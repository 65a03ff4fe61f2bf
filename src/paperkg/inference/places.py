"""Names of places: countries, the world's regions and the states of the United States.

Papers of every field say where their data come from ("data were drawn from China and India",
"a cohort from Kenya", "results on Brazil"): a place is where a dataset was gathered, never the
dataset itself, and two papers with data from one country share no dataset. The list is of the
places papers name most (sovereign states with their usual short forms, continents and regions,
the states of the United States); a name is compared whole, so "China Health and Nutrition Survey"
or "UK Biobank" stay names of data.
"""

from __future__ import annotations

__all__ = ["FEATURE_WORDS", "PLACES"]

# The capitalised nouns of a feature of the land or sea, that make a place of the name they end ("the
# Cascade Range", "the Humboldt Current"): a regular-expression alternation, for the patterns that ask it
FEATURE_WORDS = (
    r"Range|Mountains|Basin|River|Valley|Lake|Sea|Ocean|Bay|Islands?|Peninsula|Plateau|Desert|Glacier|"
    r"Strait|Gulf|Creek|Fjord|Highlands|Hills?"
)

_COUNTRIES = """
Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia, Austria,
Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia,
Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cape Verde,
Cambodia, Cameroon, Canada, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo,
Costa Rica, Croatia, Cuba, Cyprus, Czechia, Czech Republic, Denmark, Djibouti, Dominica, Dominican Republic,
Ecuador, Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Swaziland, Ethiopia, Fiji,
Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau,
Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy,
Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Korea, South Korea, North Korea, Kosovo,
Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg,
Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico,
Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Burma, Namibia, Nauru,
Nepal, Netherlands, New Zealand, Nicaragua, Niger, Nigeria, North Macedonia, Macedonia, Norway, Oman,
Pakistan, Palau, Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar,
Romania, Russia, Russian Federation, Rwanda, Saint Lucia, Samoa, San Marino, Saudi Arabia, Senegal, Serbia,
Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia, South Africa, South Sudan,
Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania, Thailand,
Timor-Leste, East Timor, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey, Türkiye, Turkmenistan, Tuvalu,
Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, UK, U.K., Great Britain, Britain, England,
Scotland, Wales, Northern Ireland, United States, United States of America, US, U.S., USA, U.S.A., Uruguay,
Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Viet Nam, Yemen, Zambia, Zimbabwe, Hong Kong, Macau, Macao,
Puerto Rico, Greenland, Democratic Republic of the Congo, DRC, Republic of Korea, People's Republic of China,
PRC, Mainland China
"""

_REGIONS = """
Africa, Asia, Europe, Oceania, Antarctica, Antarctic, Arctic, Australasia, North America, South America,
Latin America, Central America, Caribbean, Middle East, Near East, Far East, Sub-Saharan Africa,
North Africa, East Africa, West Africa, Southern Africa, Central Africa, Horn of Africa, Sahel, Maghreb,
East Asia, South Asia, Southeast Asia, Central Asia, West Asia, Western Europe, Eastern Europe,
Northern Europe, Southern Europe, Central Europe, Scandinavia, Nordic countries, Balkans, Baltic states,
Mediterranean, Pacific, Atlantic, Indian Ocean, Global South, Global North, European Union, EU
"""

_US_STATES = """
Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho,
Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota,
Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York,
North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina,
South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington, West Virginia, Wisconsin, Wyoming
"""


def _names(block: str) -> frozenset[str]:
    return frozenset(name.strip() for name in block.replace("\n", " ").split(",") if name.strip())


# Compared with a name as written (capitalised): "the us" or "china" in lowercase name no place.
PLACES: frozenset[str] = _names(_COUNTRIES) | _names(_REGIONS) | _names(_US_STATES)
