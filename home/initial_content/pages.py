"""The site's starting editorial content, in English and Korean.

Read by `builder.py`. Every translatable value is a dict {"en": ..., "ko": ...}. Body values are
{"en": [...], "ko": [...]}, where each list holds (block type, value) tuples for the BodyBlock
StreamField: ("heading", {"text", "level"}), ("paragraph", "<p>…</p>") or ("quote", {"quote",
"attribution"}); the Korean list mirrors the English one block for block. Each strategic
priority's body opens with its paragraph of the Secretary General's 2023 greeting
(secretary-general-greeting.en.txt / .ko.txt), quoted verbatim.

Facts are kept to what is certain; contact details and social profiles are left empty until the
Centre confirms them.
"""

# Site settings shown in the footer. Telephone, e-mail and social profiles: fill in once confirmed.
ORGANISATION = {
    "organisation_name": {"en": "ASEAN-Korea Centre", "ko": "한-아세안센터"},
    "address": {
        "en": "8th Floor, Korea Press Center\n124 Sejong-daero, Jung-gu\nSeoul 04520, Republic of Korea",
        "ko": "(04520) 서울특별시 중구 세종대로 124\n한국프레스센터 8층",
    },
    "phone": "",
    "email": "",
    "facebook_url": "",
    "youtube_url": "",
    "instagram_url": "",
    "blog_url": "",
}

HOME = {
    "title": {"en": "ASEAN-Korea Centre", "ko": "한-아세안센터"},
    "hero_statement": {
        "en": (
            "The ASEAN-Korea Centre promotes trade, investment, culture, tourism and people-to-people "
            "exchanges between ASEAN and Korea, for a partnership built on mutual respect and shared "
            "prosperity."
        ),
        "ko": (
            "한-아세안센터는 상호 존중과 공동 번영에 기반한 동반자 관계를 위해 아세안과 한국 간 무역, "
            "투자, 문화, 관광, 인적 교류를 증진합니다."
        ),
    },
    "introduction": {
        "en": (
            "An intergovernmental organisation established in 2009 by the governments of the ten ASEAN "
            "Member States and the Republic of Korea."
        ),
        "ko": "2009년 아세안 10개 회원국과 대한민국 정부가 설립한 정부간 국제기구입니다.",
    },
    "search_description": {
        "en": (
            "The ASEAN-Korea Centre is an intergovernmental organisation that promotes trade, "
            "investment, culture, tourism and people-to-people exchanges between ASEAN and Korea."
        ),
        "ko": "한-아세안센터는 아세안과 한국 간 무역, 투자, 문화, 관광, 인적 교류를 증진하는 정부간 국제기구입니다.",
    },
}

# About the Centre: parent of the greeting and of the standard pages below.
ABOUT = {
    "slug": "about",
    "title": {"en": "About the Centre", "ko": "센터 소개"},
    "introduction": {
        "en": (
            "The ASEAN-Korea Centre is an intergovernmental organisation with the mandate to promote "
            "economic and socio-cultural cooperation between ASEAN and Korea."
        ),
        "ko": "한-아세안센터는 아세안과 한국 간 경제 및 사회·문화 협력 증진을 목적으로 하는 정부간 국제기구입니다.",
    },
    "search_description": {
        "en": (
            "About the ASEAN-Korea Centre, an intergovernmental organisation of the ten ASEAN Member "
            "States and the Republic of Korea, established in 2009 and based in Seoul."
        ),
        "ko": (
            "2009년 설립되어 서울에 본부를 둔, 아세안 10개 회원국과 대한민국의 정부간 국제기구인 "
            "한-아세안센터를 소개합니다."
        ),
    },
    "body": {
        "en": [
            (
                "paragraph",
                (
                    "<p>The ASEAN-Korea Centre is an intergovernmental organisation established by the "
                    "governments of the Member States of the Association of Southeast Asian Nations "
                    "(ASEAN) and the Republic of Korea. Its mandate is to promote economic and "
                    "socio-cultural cooperation between ASEAN and Korea, in particular in trade, "
                    "investment, culture, tourism and people-to-people exchanges. It is the only "
                    "international organisation dedicated to ASEAN-Korea relations.</p>"
                    "<p>Following an agreement reached at the ASEAN-Korea Summit in 2007, the Centre "
                    "was established by a Memorandum of Understanding among the governments of the "
                    "ASEAN Member States and the Republic of Korea, and was officially launched in "
                    "March 2009. It is headquartered in Seoul, at the Korea Press Center in "
                    "Jung-gu.</p>"
                    "<p>The Centre's Council, composed of representatives of the governments of the "
                    "ten ASEAN Member States and Korea, is its highest decision-making body: it "
                    "reviews the Centre's activities and approves its work programme and budget. The "
                    "Centre is led by its Secretary General.</p>"
                ),
            ),
            ("heading", {"text": "Our members", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The members of the Centre are the governments of the ten ASEAN Member States "
                    "and the Republic of Korea:</p>"
                    "<ul><li>Brunei Darussalam</li>"
                    "<li>Cambodia</li>"
                    "<li>Indonesia</li>"
                    "<li>Lao PDR</li>"
                    "<li>Malaysia</li>"
                    "<li>Myanmar</li>"
                    "<li>the Philippines</li>"
                    "<li>Singapore</li>"
                    "<li>Thailand</li>"
                    "<li>Viet Nam</li>"
                    "<li>the Republic of Korea</li></ul>"
                ),
            ),
            ("heading", {"text": "What we do", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The Centre's work is organised around four strategic priorities:</p>"
                    "<ul><li><strong>Economy</strong>: promoting trade and investment through trade "
                    "and investment fairs, business matching and seminars, and fostering cooperation "
                    "in new growth industries such as ESG and e-mobility.</li>"
                    "<li><strong>Culture and tourism</strong>: introducing the cultures of ASEAN in "
                    "Korea through exhibitions, cultural performances and lectures, and promoting "
                    "tourism between ASEAN and Korea.</li>"
                    "<li><strong>Youth and future generations</strong>: academic exchanges, youth "
                    "networks, media programmes and training that build mutual understanding between "
                    "the peoples of ASEAN and Korea.</li>"
                    "<li><strong>Partnerships</strong>: working with governments, businesses, "
                    "universities, media and other organisations in ASEAN and Korea.</li></ul>"
                    "<p>The Centre also operates two ASEAN Halls: ASEAN Hall Seoul, at the Korea Press "
                    "Center in Jung-gu, Seoul, and ASEAN Hall Jeju, opened in 2022 in the "
                    "International Peace Center in Jungmun, Seogwipo. Both are spaces where visitors "
                    "can discover ASEAN through exhibitions, events and information.</p>"
                ),
            ),
        ],
        "ko": [
            (
                "paragraph",
                (
                    "<p>한-아세안센터는 동남아시아국가연합(아세안) 회원국 정부와 대한민국 정부가 "
                    "설립한 정부간 국제기구입니다. 센터는 아세안과 한국 간 경제 및 사회·문화 협력, "
                    "특히 무역, 투자, 문화, 관광, 인적 교류 분야의 협력 증진을 목적으로 합니다. 센터는 "
                    "한-아세안 관계를 전담하는 유일한 국제기구입니다.</p>"
                    "<p>2007년 한-아세안 정상회의에서 이루어진 합의에 따라, 센터는 아세안 회원국 "
                    "정부와 대한민국 정부 간 양해각서에 의해 설립되었으며 2009년 3월 공식 "
                    "출범하였습니다. 센터의 본부는 서울 중구의 한국프레스센터에 있습니다.</p>"
                    "<p>아세안 10개 회원국과 한국 정부의 대표로 구성되는 이사회는 센터의 최고 "
                    "의사결정기구로서, 센터의 활동을 검토하고 사업계획과 예산을 승인합니다. 센터는 "
                    "사무총장이 이끌고 있습니다.</p>"
                ),
            ),
            ("heading", {"text": "회원국", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>센터의 회원은 아세안 10개 회원국 정부와 대한민국 정부입니다.</p>"
                    "<ul><li>브루나이</li>"
                    "<li>캄보디아</li>"
                    "<li>인도네시아</li>"
                    "<li>라오스</li>"
                    "<li>말레이시아</li>"
                    "<li>미얀마</li>"
                    "<li>필리핀</li>"
                    "<li>싱가포르</li>"
                    "<li>태국</li>"
                    "<li>베트남</li>"
                    "<li>대한민국</li></ul>"
                ),
            ),
            ("heading", {"text": "주요 활동", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>센터의 활동은 네 가지 전략적 중점 분야를 중심으로 이루어집니다.</p>"
                    "<ul><li><strong>경제</strong>: 무역·투자 박람회, 비즈니스 매칭, 세미나 등을 통해 "
                    "무역과 투자를 증진하고, ESG, e-모빌리티 등 신성장 산업 분야의 협력을 "
                    "육성합니다.</li>"
                    "<li><strong>문화·관광</strong>: 전시, 문화 공연, 강연 등을 통해 한국에 아세안의 "
                    "문화를 소개하고, 아세안과 한국 간 관광을 증진합니다.</li>"
                    "<li><strong>청년과 미래 세대</strong>: 학술 교류, 청년 네트워크, 언론인 프로그램, "
                    "연수 등을 통해 아세안과 한국 국민 간 상호 이해를 높입니다.</li>"
                    "<li><strong>파트너십</strong>: 아세안과 한국의 정부, 기업, 대학, 언론 및 여러 "
                    "기관과 협력합니다.</li></ul>"
                    "<p>센터는 또한 두 곳의 아세안홀을 운영하고 있습니다. 서울 중구 한국프레스센터에 "
                    "있는 서울 아세안홀과, 2022년 서귀포시 중문의 제주국제평화센터에 문을 연 제주 "
                    "아세안홀입니다. 두 곳 모두 전시, 행사, 정보를 통해 방문객이 아세안을 만날 수 있는 "
                    "공간입니다.</p>"
                ),
            ),
        ],
    },
}

# The lead and body come from secretary-general-greeting.{en,ko}.txt.
GREETING = {
    "slug": "greetings",
    "title": {"en": "Greetings from the Secretary General", "ko": "사무총장 인사말"},
    "introduction": {
        "en": (
            "Secretary General Kim Hae-yong introduces the Centre's mission and its priorities for "
            "cooperation between ASEAN and Korea."
        ),
        "ko": "김해용 사무총장이 한-아세안센터의 사명과 아세안과 한국 간 협력을 위한 중점 과제를 소개합니다.",
    },
    "search_description": {
        "en": (
            "Greetings from Kim Hae-yong, Secretary General of the ASEAN-Korea Centre, on the Centre's "
            "mission and priorities."
        ),
        "ko": "김해용 한-아세안센터 사무총장이 센터의 사명과 중점 과제를 소개하는 인사말입니다.",
    },
    "signatory_name": {"en": "Kim Hae-yong", "ko": "김해용"},
    "signatory_title": {"en": "Secretary General of the ASEAN-Korea Centre", "ko": "한-아세안센터 사무총장"},
    "year": 2023,
}

PRIORITY_INDEX = {
    "slug": "priorities",
    "title": {"en": "Strategic priorities", "ko": "전략적 중점 분야"},
    "introduction": {
        "en": (
            "The Centre's work is organised around four strategic priorities: the economy, culture and "
            "tourism, youth and future generations, and partnerships."
        ),
        "ko": (
            "센터의 활동은 경제, 문화·관광, 청년과 미래 세대, 파트너십의 네 가지 전략적 중점 분야를 "
            "중심으로 이루어집니다."
        ),
    },
    "search_description": {
        "en": (
            "The four strategic priorities of the ASEAN-Korea Centre: economy, culture and tourism, "
            "youth and future generations, and partnerships."
        ),
        "ko": "한-아세안센터의 네 가지 전략적 중점 분야인 경제, 문화·관광, 청년과 미래 세대, 파트너십을 소개합니다.",
    },
}

# Exactly four, in this order: economy, culture and tourism, youth, partnerships.
PRIORITIES = [
    {
        "slug": "economy",
        "icon": "economy",
        "title": {"en": "Economy: trade, investment, ESG and e-mobility", "ko": "경제: 무역, 투자, ESG, e-모빌리티"},
        "short_name": {"en": "Economy", "ko": "경제"},
        "summary": {
            "en": (
                "The Centre promotes trade and investment between ASEAN and Korea and fosters "
                "sustainable economic cooperation in new growth industries such as ESG and e-mobility. "
                "It brings businesses, governments and experts together so that growing economic ties "
                "benefit both sides."
            ),
            "ko": (
                "센터는 아세안과 한국 간 무역과 투자를 증진하고, ESG, e-모빌리티 등 신성장 산업 "
                "분야에서 지속 가능한 경제 협력을 육성합니다. 또한 기업, 정부, 전문가를 한데 모아 경제 "
                "관계의 확대가 양측 모두에 이익이 되도록 돕습니다."
            ),
        },
        "introduction": {
            "en": (
                "Building a platform where trade and investment contribute to the economic growth of "
                "both ASEAN and Korea."
            ),
            "ko": "무역과 투자가 아세안과 한국 모두의 경제 성장에 기여하는 플랫폼을 구축합니다.",
        },
        "search_description": {
            "en": (
                "How the ASEAN-Korea Centre promotes trade and investment between ASEAN and Korea, and "
                "cooperation in ESG and e-mobility."
            ),
            "ko": (
                "아세안과 한국 간 무역·투자 증진과 ESG·e-모빌리티 분야 협력을 위한 한-아세안센터의 활동을 소개합니다."
            ),
        },
        "body": {
            "en": [
                (
                    "quote",
                    {
                        "quote": (
                            "First, we will seek to promote and foster sustainable economic "
                            "cooperation in new growth industries such as ESG and e-mobility sectors, "
                            "and build a platform where increased trade and investment can better "
                            "contribute to the economic growth for both ASEAN and Korea."
                        ),
                        "attribution": "Kim Hae-yong, Secretary General",
                    },
                ),
                ("heading", {"text": "A partnership with firm foundations", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>ASEAN-Korea dialogue relations began in 1989, and in 2024 ASEAN and Korea "
                        "established a Comprehensive Strategic Partnership. Economic cooperation is "
                        "one of the pillars of this relationship, and ASEAN is one of Korea's largest "
                        "partners in trade and investment.</p>"
                        "<p>The ASEAN-Korea Free Trade Area (AKFTA) was built through a series of "
                        "agreements: the Agreement on Trade in Goods entered into force in 2007, and "
                        "agreements on trade in services and on investment followed. The Centre helps "
                        "businesses and other stakeholders make full use of the opportunities this "
                        "framework offers.</p>"
                    ),
                ),
                ("heading", {"text": "Trade and investment", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Centre helps companies from the ASEAN Member States find buyers and "
                        "partners in Korea, and helps Korean companies understand the markets of "
                        "ASEAN. Its activities include:</p>"
                        "<ul><li>trade and investment fairs and exhibitions that introduce ASEAN "
                        "products to Korean buyers and consumers;</li>"
                        "<li>business matching and consultations between ASEAN and Korean "
                        "companies;</li>"
                        "<li>seminars and briefings on the investment environment, policies and "
                        "opportunities in the ASEAN Member States;</li>"
                        "<li>information and training programmes for businesses and "
                        "officials.</li></ul>"
                    ),
                ),
                ("heading", {"text": "ESG, e-mobility and new growth industries", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Sustainability is shaping the future of trade and investment in the "
                        "region. The Centre seeks to foster cooperation in new growth industries such "
                        "as ESG (environmental, social and governance) practices and e-mobility, by "
                        "bringing together companies, experts and policymakers through seminars, "
                        "dialogues and networking, and by sharing information on trends and "
                        "opportunities in these sectors.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "quote",
                    {
                        "quote": (
                            "첫째, ESG, e-모빌리티 등 신성장 산업 분야에서 지속 가능한 경제 협력을 "
                            "증진하고 육성하는 한편, 무역과 투자의 확대가 아세안과 한국 모두의 경제 "
                            "성장에 더욱 기여할 수 있는 플랫폼을 구축하고자 합니다."
                        ),
                        "attribution": "김해용 사무총장",
                    },
                ),
                ("heading", {"text": "탄탄한 기반 위의 경제 협력", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>한-아세안 대화관계는 1989년에 시작되었으며, 2024년 아세안과 한국은 포괄적 "
                        "전략적 동반자 관계를 수립하였습니다. 경제 협력은 이 관계를 떠받치는 기둥 중 "
                        "하나이며, 아세안은 한국의 가장 큰 무역·투자 파트너 중 하나입니다.</p>"
                        "<p>한-아세안 자유무역협정(AKFTA)은 일련의 협정을 통해 구축되었습니다. "
                        "상품무역협정이 2007년에 발효되었고, 이어 서비스무역협정과 투자협정이 "
                        "뒤따랐습니다. 센터는 기업과 여러 이해관계자가 이러한 틀이 제공하는 기회를 "
                        "충분히 활용할 수 있도록 돕습니다.</p>"
                    ),
                ),
                ("heading", {"text": "무역과 투자", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>센터는 아세안 회원국 기업이 한국에서 바이어와 파트너를 찾을 수 있도록 "
                        "지원하고, 한국 기업이 아세안 시장을 이해할 수 있도록 돕습니다. 주요 활동은 "
                        "다음과 같습니다.</p>"
                        "<ul><li>한국 바이어와 소비자에게 아세안 상품을 소개하는 무역·투자 박람회 및 "
                        "전시회</li>"
                        "<li>아세안 기업과 한국 기업 간 비즈니스 매칭 및 상담</li>"
                        "<li>아세안 회원국의 투자 환경, 정책, 투자 기회에 관한 세미나 및 설명회</li>"
                        "<li>기업과 공무원을 위한 정보 제공 및 연수 프로그램</li></ul>"
                    ),
                ),
                ("heading", {"text": "ESG, e-모빌리티 및 신성장 산업", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>지속 가능성은 역내 무역과 투자의 미래를 좌우하고 있습니다. 센터는 세미나, "
                        "대화, 네트워킹을 통해 기업, 전문가, 정책 입안자를 한데 모으고 관련 분야의 "
                        "동향과 기회에 관한 정보를 공유함으로써, ESG(환경·사회·지배구조) 경영과 "
                        "e-모빌리티 등 신성장 산업 분야의 협력을 육성하고자 합니다.</p>"
                    ),
                ),
            ],
        },
        "focus_areas": {
            "en": [
                {
                    "title": "Trade",
                    "description": (
                        "Connecting exporters from the ASEAN Member States with Korean buyers through "
                        "trade fairs, exhibitions and business matching."
                    ),
                },
                {
                    "title": "Investment",
                    "description": (
                        "Sharing information on the investment environment and opportunities in ASEAN "
                        "and Korea through seminars and briefings."
                    ),
                },
                {
                    "title": "ESG",
                    "description": (
                        "Encouraging environmental, social and governance practices that make economic "
                        "cooperation sustainable."
                    ),
                },
                {
                    "title": "E-mobility and new growth industries",
                    "description": (
                        "Promoting cooperation between ASEAN and Korea in electric mobility and other "
                        "emerging industries."
                    ),
                },
            ],
            "ko": [
                {
                    "title": "무역",
                    "description": (
                        "무역 박람회, 전시회, 비즈니스 매칭을 통해 아세안 회원국 수출 기업과 한국 바이어를 연결합니다."
                    ),
                },
                {
                    "title": "투자",
                    "description": (
                        "세미나와 설명회를 통해 아세안과 한국의 투자 환경 및 투자 기회에 관한 정보를 제공합니다."
                    ),
                },
                {
                    "title": "ESG",
                    "description": "경제 협력을 지속 가능하게 하는 환경·사회·지배구조(ESG) 경영을 장려합니다.",
                },
                {
                    "title": "e-모빌리티 및 신성장 산업",
                    "description": "전기 모빌리티를 비롯한 신산업 분야에서 아세안과 한국 간 협력을 촉진합니다.",
                },
            ],
        },
    },
    {
        "slug": "culture-and-tourism",
        "icon": "culture",
        "title": {
            "en": "Culture and tourism: exchange, travel and the ASEAN Halls",
            "ko": "문화·관광: 교류, 여행, 아세안홀",
        },
        "short_name": {"en": "Culture and tourism", "ko": "문화·관광"},
        "summary": {
            "en": (
                "The Centre introduces the cultures and destinations of ASEAN to people in Korea and "
                "supports the revitalisation of tourism between ASEAN and Korea. Its ASEAN Halls in "
                "Seoul and Jeju are spaces for exhibitions, events and cultural exchange."
            ),
            "ko": (
                "센터는 한국 국민에게 아세안의 문화와 관광지를 소개하고, 한-아세안 관광 산업의 "
                "활성화를 지원합니다. 서울과 제주의 아세안홀은 전시, 행사, 문화 교류를 위한 공간입니다."
            ),
        },
        "introduction": {
            "en": (
                "Promoting greater cultural understanding between the peoples of ASEAN and Korea, and "
                "travel between the two regions."
            ),
            "ko": "아세안과 한국 국민 간 문화적 이해를 높이고 양 지역 간 여행을 증진합니다.",
        },
        "search_description": {
            "en": (
                "Cultural exchange, tourism promotion and the ASEAN Halls in Seoul and Jeju: the "
                "ASEAN-Korea Centre's work in culture and tourism."
            ),
            "ko": "문화 교류, 관광 홍보, 서울·제주 아세안홀 등 한-아세안센터의 문화·관광 분야 활동을 소개합니다.",
        },
        "body": {
            "en": [
                (
                    "quote",
                    {
                        "quote": (
                            "Second, we will continue to promote ASEAN's cultural and tourism contents "
                            "in Korea as well as strengthen activities that can contribute to "
                            "revitalizing ASEAN-Korea tourism industry through various platforms. We "
                            "will also actively utilize the ASEAN Halls in Seoul and Jeju, the latter "
                            "which opened in 2022, to promote greater cultural understanding between "
                            "peoples of ASEAN and Korea and promote effective people-to-people "
                            "exchanges."
                        ),
                        "attribution": "Kim Hae-yong, Secretary General",
                    },
                ),
                ("heading", {"text": "ASEAN Halls in Seoul and Jeju", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The ASEAN Halls are the Centre's spaces for meeting ASEAN in Korea. ASEAN "
                        "Hall Seoul is located at the Korea Press Center in Jung-gu, Seoul. ASEAN Hall "
                        "Jeju, which opened in 2022, is located in the International Peace Center in "
                        "Jungmun, Seogwipo, on Jeju Island.</p>"
                        "<p>The Halls host exhibitions, lectures, cultural programmes and other "
                        "events, and offer visitors information about the ten ASEAN Member States and "
                        "about ASEAN-Korea relations.</p>"
                    ),
                ),
                ("heading", {"text": "Sharing the cultures of ASEAN", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The ten ASEAN Member States have rich and diverse cultures. The Centre "
                        "introduces them to people in Korea through exhibitions, cultural "
                        "performances, lectures and cultural experience programmes, and through "
                        "cultural and tourism content shared online and on other platforms. These "
                        "activities aim to deepen mutual understanding and respect between the peoples "
                        "of ASEAN and Korea.</p>"
                    ),
                ),
                ("heading", {"text": "Tourism", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Travel is one of the most direct forms of people-to-people exchange. The "
                        "Centre promotes the destinations of ASEAN in Korea and works with governments "
                        "and the tourism industry to help revitalise tourism between ASEAN and Korea, "
                        "for example through tourism fairs, promotional events, and seminars and "
                        "networking for tourism professionals.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "quote",
                    {
                        "quote": (
                            "둘째, 한국 내에서 아세안의 문화·관광 콘텐츠를 지속적으로 홍보하는 한편, "
                            "다양한 플랫폼을 통해 한-아세안 관광 산업의 활성화에 기여할 수 있는 활동을 "
                            "강화하겠습니다. 또한 서울 아세안홀과 2022년에 개관한 제주 아세안홀을 적극 "
                            "활용하여 아세안과 한국 국민 간 문화적 이해를 증진하고 효과적인 인적 "
                            "교류를 촉진하겠습니다."
                        ),
                        "attribution": "김해용 사무총장",
                    },
                ),
                ("heading", {"text": "서울·제주 아세안홀", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>아세안홀은 한국에서 아세안을 만날 수 있는 센터의 공간입니다. 서울 "
                        "아세안홀은 서울 중구의 한국프레스센터에 있습니다. 2022년에 개관한 제주 "
                        "아세안홀은 제주도 서귀포시 중문의 제주국제평화센터에 있습니다.</p>"
                        "<p>아세안홀에서는 전시, 강연, 문화 프로그램 등 다양한 행사가 열리며, "
                        "방문객에게 아세안 10개 회원국과 한-아세안 관계에 관한 정보를 제공합니다.</p>"
                    ),
                ),
                ("heading", {"text": "아세안 문화 소개", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>아세안 10개 회원국은 풍부하고 다양한 문화를 지니고 있습니다. 센터는 전시, "
                        "문화 공연, 강연, 문화 체험 프로그램과 더불어 온라인 및 여러 플랫폼에서 "
                        "공유되는 문화·관광 콘텐츠를 통해 한국 국민에게 아세안의 문화를 소개합니다. "
                        "이러한 활동은 아세안과 한국 국민 간 상호 이해와 존중을 심화하는 것을 목표로 "
                        "합니다.</p>"
                    ),
                ),
                ("heading", {"text": "관광", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>여행은 가장 직접적인 인적 교류의 한 형태입니다. 센터는 한국에 아세안의 "
                        "관광지를 홍보하고, 관광 박람회, 홍보 행사, 관광업계 종사자를 위한 세미나와 "
                        "네트워킹 등을 통해 정부 및 관광업계와 협력하여 아세안과 한국 간 관광의 "
                        "활성화를 돕습니다.</p>"
                    ),
                ),
            ],
        },
        "focus_areas": {
            "en": [
                {
                    "title": "ASEAN Halls",
                    "description": (
                        "Exhibitions, events and information on ASEAN at the ASEAN Halls in Seoul and Jeju."
                    ),
                },
                {
                    "title": "Cultural exchange",
                    "description": (
                        "Exhibitions, performances and lectures that introduce the cultures of the "
                        "ASEAN Member States in Korea."
                    ),
                },
                {
                    "title": "Tourism promotion",
                    "description": (
                        "Promoting ASEAN destinations in Korea and supporting the revitalisation of "
                        "tourism between ASEAN and Korea."
                    ),
                },
                {
                    "title": "Cultural and tourism content",
                    "description": (
                        "Sharing ASEAN's cultural and tourism content through various platforms, online and offline."
                    ),
                },
            ],
            "ko": [
                {
                    "title": "아세안홀",
                    "description": "서울과 제주의 아세안홀에서 아세안에 관한 전시, 행사, 정보를 제공합니다.",
                },
                {
                    "title": "문화 교류",
                    "description": "전시, 공연, 강연을 통해 한국에 아세안 회원국의 문화를 소개합니다.",
                },
                {
                    "title": "관광 홍보",
                    "description": "한국에 아세안의 관광지를 홍보하고 한-아세안 관광의 활성화를 지원합니다.",
                },
                {
                    "title": "문화·관광 콘텐츠",
                    "description": "온라인과 오프라인의 다양한 플랫폼을 통해 아세안의 문화·관광 콘텐츠를 알립니다.",
                },
            ],
        },
    },
    {
        "slug": "youth-and-future-generations",
        "icon": "people",
        "title": {
            "en": "Youth and future generations: exchanges, networks and information",
            "ko": "청년과 미래 세대: 교류, 네트워크, 정보",
        },
        "short_name": {"en": "Youth", "ko": "청년"},
        "summary": {
            "en": (
                "The Centre lays the foundations for solidarity and cooperation between the future "
                "generations of ASEAN and Korea. It runs programmes that build mutual understanding "
                "and lasting networks among young people, and uses digital platforms to make "
                "information on ASEAN-Korea relations accessible to all."
            ),
            "ko": (
                "센터는 아세안과 한국의 미래 세대 간 연대와 협력을 위한 기반을 마련합니다. 청년들 "
                "사이의 상호 이해와 지속적인 네트워크를 구축하는 프로그램을 운영하고, 디지털 플랫폼을 "
                "활용하여 누구나 한-아세안 관계에 관한 정보에 접근할 수 있도록 합니다."
            ),
        },
        "introduction": {
            "en": (
                "Laying a strong foundation for solidarity and cooperation between the future "
                "generations of ASEAN and Korea."
            ),
            "ko": "아세안과 한국의 미래 세대 간 연대와 협력을 위한 튼튼한 기반을 마련합니다.",
        },
        "search_description": {
            "en": (
                "Youth exchanges, networks and information for every generation: the ASEAN-Korea "
                "Centre's work with young people in ASEAN and Korea."
            ),
            "ko": (
                "청년 교류, 네트워크, 모든 세대를 위한 정보 등 아세안과 한국의 청년을 위한 "
                "한-아세안센터의 활동을 소개합니다."
            ),
        },
        "body": {
            "en": [
                (
                    "quote",
                    {
                        "quote": (
                            "Third, we will take the lead in laying a strong foundation for solidarity "
                            "and cooperation between future generations of ASEAN and Korea. This "
                            "includes by implementing effective programs to enhance mutual "
                            "understanding and encourage robust human networks especially among the "
                            "youths who will play a leading role in developing healthy and mature "
                            "relationships in the future. Furthermore, we will also continue to "
                            "actively make use of digital platforms to improve access to information "
                            "on ASEAN-Korea relations as well as create a venue for effective "
                            "communication across all generations."
                        ),
                        "attribution": "Kim Hae-yong, Secretary General",
                    },
                ),
                ("heading", {"text": "Young people at the heart of our work", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Young people will shape the relationship between ASEAN and Korea in the "
                        "years ahead. The Centre implements programmes that bring together young "
                        "people from the ASEAN Member States and Korea, such as exchange visits, youth "
                        "networks and forums, and academic exchanges with universities. These "
                        "programmes aim to build mutual understanding and friendships that last well "
                        "beyond a single event.</p>"
                    ),
                ),
                ("heading", {"text": "Understanding ASEAN in Korea", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Centre also helps people in Korea, including students, teachers and "
                        "journalists, learn more about ASEAN and its Member States, through lectures, "
                        "educational content, media programmes and training.</p>"
                    ),
                ),
                ("heading", {"text": "Information for every generation", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Centre makes active use of digital platforms, including this website "
                        "and social media, to improve access to information on ASEAN-Korea relations "
                        "and to create a space for communication across all generations. This website "
                        "is published in English and Korean, and in languages of the ASEAN Member "
                        "States as translations become available.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "quote",
                    {
                        "quote": (
                            "셋째, 아세안과 한국의 미래 세대 간 연대와 협력을 위한 튼튼한 기반을 "
                            "마련하는 데 앞장서겠습니다. 특히 앞으로 건강하고 성숙한 관계를 발전시켜 "
                            "나가는 데 주도적인 역할을 할 청년들을 중심으로 상호 이해를 증진하고 "
                            "탄탄한 인적 네트워크 형성을 장려하는 효과적인 프로그램을 추진하겠습니다. "
                            "아울러 디지털 플랫폼을 지속적으로 적극 활용하여 한-아세안 관계에 관한 "
                            "정보 접근성을 높이고, 모든 세대를 아우르는 효과적인 소통의 장을 "
                            "마련하겠습니다."
                        ),
                        "attribution": "김해용 사무총장",
                    },
                ),
                ("heading", {"text": "청년 중심의 교류", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>앞으로 아세안과 한국의 관계를 만들어 갈 주역은 청년입니다. 센터는 교류 "
                        "방문, 청년 네트워크와 포럼, 대학과의 학술 교류 등 아세안 회원국과 한국의 "
                        "청년들이 함께하는 프로그램을 추진합니다. 이러한 프로그램은 일회성 행사를 넘어 "
                        "오래 지속되는 상호 이해와 우정을 쌓는 것을 목표로 합니다.</p>"
                    ),
                ),
                ("heading", {"text": "한국 내 아세안 이해 증진", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>센터는 또한 강연, 교육 콘텐츠, 언론인 프로그램, 연수 등을 통해 학생, 교사, "
                        "언론인을 비롯한 한국 국민이 아세안과 그 회원국에 대해 더 잘 알 수 있도록 "
                        "돕습니다.</p>"
                    ),
                ),
                ("heading", {"text": "모든 세대를 위한 정보", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>센터는 이 웹사이트와 소셜 미디어를 비롯한 디지털 플랫폼을 적극 활용하여 "
                        "한-아세안 관계에 관한 정보 접근성을 높이고, 모든 세대를 아우르는 소통의 장을 "
                        "마련합니다. 이 웹사이트는 영어와 한국어로 제공되며, 번역이 준비되는 대로 "
                        "아세안 회원국의 언어로도 제공됩니다.</p>"
                    ),
                ),
            ],
        },
        "focus_areas": {
            "en": [
                {
                    "title": "Youth exchange",
                    "description": (
                        "Programmes that bring young people from the ASEAN Member States and Korea together."
                    ),
                },
                {
                    "title": "Human networks",
                    "description": (
                        "Encouraging lasting networks among young people who will lead ASEAN-Korea "
                        "relations in the future."
                    ),
                },
                {
                    "title": "Academic and educational exchange",
                    "description": (
                        "Lectures, educational content and cooperation with universities that deepen "
                        "understanding of ASEAN."
                    ),
                },
                {
                    "title": "Digital communication",
                    "description": (
                        "Using digital platforms to improve access to information on ASEAN-Korea "
                        "relations for all generations."
                    ),
                },
            ],
            "ko": [
                {
                    "title": "청년 교류",
                    "description": "아세안 회원국과 한국의 청년들이 함께하는 프로그램을 운영합니다.",
                },
                {
                    "title": "인적 네트워크",
                    "description": (
                        "앞으로 한-아세안 관계를 이끌어 갈 청년들 사이의 지속적인 네트워크 형성을 장려합니다."
                    ),
                },
                {
                    "title": "학술·교육 교류",
                    "description": "강연, 교육 콘텐츠, 대학과의 협력을 통해 아세안에 대한 이해를 넓힙니다.",
                },
                {
                    "title": "디지털 소통",
                    "description": "디지털 플랫폼을 활용하여 모든 세대의 한-아세안 관계 정보 접근성을 높입니다.",
                },
            ],
        },
    },
    {
        "slug": "partnerships",
        "icon": "partnership",
        "title": {
            "en": "Partnerships: working together for ASEAN-Korea cooperation",
            "ko": "파트너십: 한-아세안 협력을 위한 협업",
        },
        "short_name": {"en": "Partnerships", "ko": "파트너십"},
        "summary": {
            "en": (
                "The Centre works with a wide range of organisations in ASEAN and Korea to expand the "
                "scope of its activities and carry them out more effectively and strategically. It "
                "builds on its expertise as the only international organisation dedicated to "
                "ASEAN-Korea relations."
            ),
            "ko": (
                "센터는 아세안과 한국의 다양한 기관과 협력하여 활동 범위를 넓히고 사업을 보다 "
                "효과적이고 전략적으로 추진합니다. 또한 한-아세안 관계를 전담하는 유일한 "
                "국제기구로서의 전문성을 강화해 나갑니다."
            ),
        },
        "introduction": {
            "en": (
                "Expanding cooperation with organisations in ASEAN and Korea, and building on the "
                "Centre's expertise as an international organisation."
            ),
            "ko": "아세안과 한국의 여러 기관과의 협력을 확대하고, 국제기구로서 센터의 전문성을 강화합니다.",
        },
        "search_description": {
            "en": (
                "How the ASEAN-Korea Centre works with governments, businesses, academia, media and "
                "other organisations in ASEAN and Korea."
            ),
            "ko": "한-아세안센터가 아세안과 한국의 정부, 기업, 학계, 언론 및 여러 기관과 협력하는 방식을 소개합니다.",
        },
        "body": {
            "en": [
                (
                    "quote",
                    {
                        "quote": (
                            "Finally, through collaboration and cooperation with various organizations "
                            "in ASEAN and Korea, we intend to expand the scope of our activities and "
                            "ensure the implementation of cooperative activities in a more effective "
                            "and strategic manner, while further building on expertise as an "
                            "international organization that plays a pivotal role in ASEAN-Korea "
                            "cooperation."
                        ),
                        "attribution": "Kim Hae-yong, Secretary General",
                    },
                ),
                ("heading", {"text": "Working with partners", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The Centre carries out much of its work together with partners in ASEAN "
                        "and Korea, including:</p>"
                        "<ul><li>the governments of the ASEAN Member States and Korea, their embassies "
                        "and public agencies;</li>"
                        "<li>business associations, chambers of commerce and trade and investment "
                        "promotion organisations;</li>"
                        "<li>universities, research institutes and think tanks;</li>"
                        "<li>media, cultural and tourism organisations;</li>"
                        "<li>local governments and civil society organisations.</li></ul>"
                        "<p>Working with partners allows the Centre to reach more people and to make "
                        "the most of its resources.</p>"
                    ),
                ),
                ("heading", {"text": "Supporting the ASEAN-Korea relationship", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>ASEAN-Korea dialogue relations began in 1989 and were elevated to a "
                        "Comprehensive Strategic Partnership in 2024. Within its economic and "
                        "socio-cultural mandate, the Centre supports this relationship by serving as a "
                        "meeting point for the many governments, organisations and people involved in "
                        "ASEAN-Korea cooperation.</p>"
                    ),
                ),
                ("heading", {"text": "Expertise as an international organisation", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>As an intergovernmental organisation whose Council brings together the "
                        "governments of the ten ASEAN Member States and Korea, the Centre is well "
                        "placed to connect stakeholders on both sides. It continues to build its "
                        "expertise by gathering and sharing information and knowledge on ASEAN and "
                        "ASEAN-Korea relations, and by planning and carrying out its activities "
                        "strategically.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "quote",
                    {
                        "quote": (
                            "마지막으로, 아세안과 한국의 다양한 기관과의 협업과 협력을 통해 센터의 "
                            "활동 범위를 넓히고 협력 사업을 보다 효과적이고 전략적으로 이행하는 한편, "
                            "한-아세안 협력에서 중추적인 역할을 하는 국제기구로서의 전문성을 더욱 "
                            "강화해 나가고자 합니다."
                        ),
                        "attribution": "김해용 사무총장",
                    },
                ),
                ("heading", {"text": "파트너와의 협력", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>센터는 많은 사업을 아세안과 한국의 다음과 같은 파트너와 함께 "
                        "추진합니다.</p>"
                        "<ul><li>아세안 회원국과 한국의 정부, 대사관 및 공공기관</li>"
                        "<li>경제 단체, 상공회의소, 무역·투자 진흥 기관</li>"
                        "<li>대학, 연구기관, 싱크탱크</li>"
                        "<li>언론, 문화 및 관광 관련 기관</li>"
                        "<li>지방자치단체와 시민사회단체</li></ul>"
                        "<p>파트너와의 협력을 통해 센터는 더 많은 사람들에게 다가가고 자원을 최대한 "
                        "효과적으로 활용할 수 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "한-아세안 관계 발전 지원", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>한-아세안 대화관계는 1989년에 시작되어 2024년 포괄적 전략적 동반자 관계로 "
                        "격상되었습니다. 센터는 경제 및 사회·문화 분야의 설립 목적 범위 안에서, "
                        "한-아세안 협력에 참여하는 여러 정부, 기관, 사람들이 만나는 구심점 역할을 "
                        "함으로써 이 관계의 발전을 지원합니다.</p>"
                    ),
                ),
                ("heading", {"text": "국제기구로서의 전문성", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>아세안 10개 회원국과 한국 정부가 이사회에 함께 참여하는 정부간 "
                        "국제기구로서, 센터는 양측의 이해관계자를 연결하기에 적합한 위치에 있습니다. "
                        "센터는 아세안과 한-아세안 관계에 관한 정보와 지식을 수집·공유하고 사업을 "
                        "전략적으로 기획·추진함으로써 전문성을 계속 강화해 나가고 있습니다.</p>"
                    ),
                ),
            ],
        },
        "focus_areas": {
            "en": [
                {
                    "title": "Governments and public agencies",
                    "description": (
                        "Cooperation with the governments of the ASEAN Member States and Korea, their "
                        "embassies and public agencies."
                    ),
                },
                {
                    "title": "Business and industry",
                    "description": (
                        "Working with business associations, chambers of commerce and promotion organisations."
                    ),
                },
                {
                    "title": "Academia, media and civil society",
                    "description": (
                        "Partnerships with universities, research institutes, media and civil society organisations."
                    ),
                },
                {
                    "title": "Knowledge and expertise",
                    "description": (
                        "Gathering and sharing information and knowledge on ASEAN and ASEAN-Korea relations."
                    ),
                },
            ],
            "ko": [
                {
                    "title": "정부 및 공공기관",
                    "description": "아세안 회원국과 한국의 정부, 대사관, 공공기관과 협력합니다.",
                },
                {"title": "기업 및 산업계", "description": "경제 단체, 상공회의소, 진흥 기관과 협력합니다."},
                {"title": "학계, 언론 및 시민사회", "description": "대학, 연구기관, 언론, 시민사회단체와 협력합니다."},
                {
                    "title": "지식과 전문성",
                    "description": "아세안과 한-아세안 관계에 관한 정보와 지식을 수집하고 공유합니다.",
                },
            ],
        },
    },
]

# Children of About, kept out of the main menu.
STANDARD_PAGES = [
    {
        "slug": "accessibility",
        "title": {"en": "Accessibility statement", "ko": "접근성 선언문"},
        "introduction": {
            "en": (
                "The ASEAN-Korea Centre wants everyone to be able to use this website. This statement "
                "explains how accessible it is, where it falls short and how to tell us about a "
                "problem."
            ),
            "ko": (
                "한-아세안센터는 누구나 이 웹사이트를 이용할 수 있기를 바랍니다. 이 선언문은 "
                "웹사이트의 접근성 수준, 부족한 점, 그리고 문제를 알려 주시는 방법을 안내합니다."
            ),
        },
        "search_description": {
            "en": (
                "Accessibility statement for the ASEAN-Korea Centre website: our WCAG 2.2 level AA "
                "target, known limitations and how to report a problem."
            ),
            "ko": (
                "한-아세안센터 웹사이트의 접근성 선언문: WCAG 2.2 AA 수준 목표, 알려진 한계, 문제 신고 "
                "방법을 안내합니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The ASEAN-Korea Centre is committed to making this website accessible to "
                        "as many people as possible, including people with disabilities and people who "
                        "use assistive technologies. This statement applies to the Centre's website in "
                        "all its language versions.</p>"
                    ),
                ),
                ("heading", {"text": "Conformance status", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Our target is for the website to conform to the Web Content Accessibility "
                        "Guidelines (WCAG) 2.2 at level AA. We design, build and test the website with "
                        "this standard in mind. Some parts of the website do not yet fully meet it; "
                        "these are described under “Known limitations” below.</p>"
                    ),
                ),
                ("heading", {"text": "What we do", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>Language versions</strong>: the website is published in "
                        "English and Korean, and in languages of the ASEAN Member States. The language "
                        "of each page, and of any passage shown in another language, is identified in "
                        "the page code so that screen readers can pronounce it correctly.</li>"
                        "<li><strong>Keyboard</strong>: links, menus and other controls are designed "
                        "to be usable with a keyboard alone, with a clearly visible focus indicator "
                        "and a “Skip to main content” link at the top of each page.</li>"
                        "<li><strong>Screen readers</strong>: pages use a clear structure of headings, "
                        "landmarks and lists, so that they can be navigated with screen readers and "
                        "other assistive technologies.</li>"
                        "<li><strong>Text alternatives</strong>: editors must give each image a text "
                        "alternative, or mark it as decorative when it carries no information.</li>"
                        "<li><strong>Colour contrast</strong>: text and interface elements are "
                        "designed to meet the WCAG contrast requirements, and colour is not used as "
                        "the only way to convey information.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Known limitations", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Some content, such as older documents (for example PDF files) and "
                        "content provided by third parties (for example embedded videos or social "
                        "media posts), may not be fully accessible.</li>"
                        "<li>Translations of some pages, or of parts of pages, may not yet be "
                        "available in every language. In that case the English text is shown with a "
                        "notice saying so, and is identified as English for assistive "
                        "technologies.</li></ul>"
                        "<p>We are working to improve these areas. If you need information from "
                        "content that is not accessible to you, please contact us and we will try to "
                        "provide it in another format.</p>"
                    ),
                ),
                ("heading", {"text": "Feedback and contact", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>If you have difficulty using any part of this website, or you find an "
                        "accessibility problem that is not listed here, please tell us using the "
                        "contact details given at the foot of every page. Please mention the page "
                        "concerned and describe the problem, and we will try to respond as soon as "
                        "possible.</p>"
                    ),
                ),
                ("heading", {"text": "Preparation of this statement", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>This statement was prepared in November 2026. We will review it when the "
                        "website changes significantly.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>한-아세안센터는 장애가 있는 분과 보조기술을 사용하는 분을 포함하여 가능한 "
                        "한 많은 분들이 이 웹사이트를 이용할 수 있도록 노력하고 있습니다. 이 선언문은 "
                        "센터 웹사이트의 모든 언어 버전에 적용됩니다.</p>"
                    ),
                ),
                ("heading", {"text": "준수 현황", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>센터는 웹사이트가 웹 콘텐츠 접근성 지침(WCAG) 2.2의 AA 수준을 준수하는 "
                        "것을 목표로 합니다. 웹사이트는 이 기준을 고려하여 설계, 구축, 점검하고 "
                        "있습니다. 다만 웹사이트의 일부는 아직 이 기준을 완전히 충족하지 못하며, 그 "
                        "내용은 아래 “알려진 한계”에 설명되어 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "접근성 보장을 위한 노력", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li><strong>언어 버전</strong>: 웹사이트는 영어와 한국어, 그리고 아세안 "
                        "회원국의 언어로 제공됩니다. 각 페이지의 언어와 다른 언어로 표시되는 부분의 "
                        "언어는 화면낭독기가 올바르게 읽을 수 있도록 페이지 코드에 명시되어 "
                        "있습니다.</li>"
                        "<li><strong>키보드</strong>: 링크, 메뉴 및 기타 조작 요소는 키보드만으로 "
                        "사용할 수 있도록 설계되어 있으며, 초점 위치가 뚜렷하게 표시되고 각 페이지 "
                        "상단에 “본문 바로가기” 링크가 있습니다.</li>"
                        "<li><strong>화면낭독기</strong>: 페이지는 제목, 랜드마크, 목록으로 명확하게 "
                        "구조화되어 있어 화면낭독기 및 기타 보조기술로 탐색할 수 있습니다.</li>"
                        "<li><strong>대체 텍스트</strong>: 편집자는 모든 이미지에 대체 텍스트를 "
                        "제공하거나, 정보를 담고 있지 않은 이미지는 장식용으로 표시해야 합니다.</li>"
                        "<li><strong>색상 대비</strong>: 텍스트와 인터페이스 요소는 WCAG의 명도 대비 "
                        "기준을 충족하도록 설계되어 있으며, 색상만으로 정보를 전달하지 "
                        "않습니다.</li></ul>"
                    ),
                ),
                ("heading", {"text": "알려진 한계", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>오래된 문서(예: PDF 파일)나 제3자가 제공하는 콘텐츠(예: 삽입된 "
                        "동영상이나 소셜 미디어 게시물) 등 일부 콘텐츠는 접근성이 충분히 보장되지 않을 "
                        "수 있습니다.</li>"
                        "<li>일부 페이지 또는 페이지의 일부는 아직 모든 언어로 번역되지 않았을 수 "
                        "있습니다. 이 경우 영어 원문이 그 사실을 알리는 안내문과 함께 표시되며, "
                        "보조기술이 인식할 수 있도록 영어로 명시됩니다.</li></ul>"
                        "<p>센터는 이러한 부분을 개선하기 위해 노력하고 있습니다. 접근하기 어려운 "
                        "콘텐츠의 정보가 필요하신 경우 센터에 문의해 주시면 다른 형식으로 제공할 수 "
                        "있도록 노력하겠습니다.</p>"
                    ),
                ),
                ("heading", {"text": "의견 및 문의", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 웹사이트를 이용하시는 데 어려움이 있거나 여기에 기재되지 않은 접근성 "
                        "문제를 발견하신 경우, 모든 페이지 하단에 안내된 연락처로 알려 주시기 "
                        "바랍니다. 해당 페이지와 문제 내용을 함께 알려 주시면 가능한 한 신속하게 "
                        "답변드리도록 노력하겠습니다.</p>"
                    ),
                ),
                ("heading", {"text": "선언문 작성", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 선언문은 2026년 11월에 작성되었습니다. 웹사이트에 중요한 변경이 있을 "
                        "경우 이를 다시 검토하겠습니다.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "slug": "privacy",
        "title": {"en": "Privacy policy", "ko": "개인정보 처리방침"},
        "introduction": {
            "en": "How the ASEAN-Korea Centre handles information about visitors to this website.",
            "ko": "한-아세안센터가 이 웹사이트 방문자에 관한 정보를 처리하는 방식을 안내합니다.",
        },
        "search_description": {
            "en": (
                "Privacy policy of the ASEAN-Korea Centre website: the information it collects, the "
                "cookies it uses and how to contact us."
            ),
            "ko": "한-아세안센터 웹사이트의 개인정보 처리방침: 수집하는 정보, 사용하는 쿠키, 문의 방법을 안내합니다.",
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The ASEAN-Korea Centre respects the privacy of visitors to its website. "
                        "This policy explains what information the website collects, why, and how you "
                        "can contact us about it. Personal data is handled in accordance with the "
                        "Centre's obligations and with applicable law of the Republic of Korea, such "
                        "as the Personal Information Protection Act.</p>"
                    ),
                ),
                ("heading", {"text": "Information the website collects", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>You can read this website without telling us who you are. Like most "
                        "websites, our web server automatically records technical information about "
                        "each request in its logs, such as the IP address, the date and time, the page "
                        "requested and the type of browser. We use these logs only to operate the "
                        "website, keep it secure and fix problems, and keep them only for as long as "
                        "these purposes require.</p>"
                    ),
                ),
                ("heading", {"text": "Cookies", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The website uses only a small number of cookies:</p>"
                        "<ul><li><strong>Language cookie</strong>: remembers the language you have "
                        "chosen, so that the website can show its pages in that language. It contains "
                        "only the language code.</li>"
                        "<li><strong>Session and security cookies</strong>: set only for the Centre's "
                        "staff when they sign in to manage the content of the website. Visitors who do "
                        "not sign in do not receive them.</li></ul>"
                        "<p>The website does not use advertising cookies or any other advertising "
                        "trackers.</p>"
                    ),
                ),
                ("heading", {"text": "Links and content from other websites", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Some pages may link to, or include content from, other websites, such as "
                        "social media or video platforms. Those websites have their own privacy "
                        "policies, which we encourage you to read.</p>"
                    ),
                ),
                ("heading", {"text": "Your requests and how to contact us", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>If you have a question about this policy, or wish to make a request "
                        "concerning your personal data, such as access, correction or deletion, please "
                        "contact the Centre using the contact details given at the foot of every "
                        "page.</p>"
                    ),
                ),
                ("heading", {"text": "Changes to this policy", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>We may update this policy when the website or the applicable law changes. "
                        "This version was prepared in November 2026.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>한-아세안센터는 웹사이트 방문자의 개인정보를 존중합니다. 이 방침은 "
                        "웹사이트가 어떤 정보를 수집하는지, 그 이유는 무엇인지, 그리고 이에 관해 "
                        "센터에 문의하는 방법을 설명합니다. 개인정보는 센터의 의무와 「개인정보 "
                        "보호법」 등 대한민국의 관련 법령에 따라 처리됩니다.</p>"
                    ),
                ),
                ("heading", {"text": "웹사이트가 수집하는 정보", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 웹사이트는 신원을 밝히지 않고도 이용하실 수 있습니다. 대부분의 "
                        "웹사이트와 마찬가지로, 센터의 웹 서버는 IP 주소, 접속 일시, 요청한 페이지, "
                        "브라우저 종류 등 각 요청에 관한 기술적 정보를 로그에 자동으로 기록합니다. "
                        "센터는 이 로그를 웹사이트의 운영, 보안 유지, 오류 수정을 위해서만 사용하며, "
                        "이러한 목적에 필요한 기간 동안만 보관합니다.</p>"
                    ),
                ),
                ("heading", {"text": "쿠키", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 웹사이트는 최소한의 쿠키만 사용합니다.</p>"
                        "<ul><li><strong>언어 쿠키</strong>: 웹사이트가 선택하신 언어로 페이지를 "
                        "표시할 수 있도록 선택한 언어를 기억합니다. 이 쿠키에는 언어 코드만 "
                        "저장됩니다.</li>"
                        "<li><strong>세션 및 보안 쿠키</strong>: 센터 직원이 웹사이트 콘텐츠를 "
                        "관리하기 위해 로그인할 때에만 설정됩니다. 로그인하지 않는 방문자에게는 "
                        "설정되지 않습니다.</li></ul>"
                        "<p>이 웹사이트는 광고용 쿠키나 그 밖의 광고 추적 기술을 사용하지 않습니다.</p>"
                    ),
                ),
                ("heading", {"text": "다른 웹사이트의 링크 및 콘텐츠", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>일부 페이지에는 소셜 미디어나 동영상 플랫폼 등 다른 웹사이트로 연결되는 "
                        "링크나 해당 웹사이트의 콘텐츠가 포함될 수 있습니다. 해당 웹사이트에는 각각의 "
                        "개인정보 처리방침이 적용되므로, 이를 확인하시기 바랍니다.</p>"
                    ),
                ),
                ("heading", {"text": "정보주체의 요청 및 문의", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 방침에 관해 궁금한 점이 있으시거나 개인정보의 열람, 정정, 삭제 등 "
                        "본인의 개인정보에 관한 요청을 하시려는 경우, 모든 페이지 하단에 안내된 "
                        "연락처로 센터에 문의해 주시기 바랍니다.</p>"
                    ),
                ),
                ("heading", {"text": "방침의 변경", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>이 방침은 웹사이트나 관련 법령이 변경될 경우 수정될 수 있습니다. 현재 "
                        "방침은 2026년 11월에 작성되었습니다.</p>"
                    ),
                ),
            ],
        },
    },
]
