"""The programmes' starting content, in English and Korean: the events listing, the ASEAN Halls and
their exhibitions, and sample events.

Read by the programmes' content loader. Every translatable value is a dict {"en": ..., "ko": ...}.
StreamField values are {"en": [...], "ko": [...]} lists of (block type, value) tuples for the
BodyBlock: ("heading", {"text", "level"}) or ("paragraph", "<p>…</p>"); the Korean list mirrors the
English one block for block.

Dates are relative to the day the loader runs (`*_in_days`, negative = past); times are Korea time
(Asia/Seoul). Events held in ASEAN cities give the local time in their body text. The exhibitions and
events are samples: realistic, but not records of real past events. Contact details and registration
addresses are left empty until the Centre confirms them.
"""

ORGANISERS = {"en": "ASEAN-Korea Centre", "ko": "한-아세안센터"}
EMBASSIES = {"en": "ASEAN Member States' embassies in Seoul", "ko": "주한 아세안 회원국 대사관"}

EVENT_INDEX = {
    "slug": "events",
    "title": {"en": "Events", "ko": "행사"},
    "introduction": {
        "en": (
            "Forums, business meetings, exhibitions, performances, film screenings and youth programmes "
            "organised by the ASEAN-Korea Centre in Korea, in the ASEAN Member States and online."
        ),
        "ko": (
            "한-아세안센터가 한국과 아세안 회원국 현지, 그리고 온라인에서 개최하는 포럼, 비즈니스 상담회, 전시, "
            "공연, 영화 상영, 청년 프로그램을 소개합니다."
        ),
    },
    "search_description": {
        "en": (
            "Upcoming and past events of the ASEAN-Korea Centre: trade and investment, culture and tourism, "
            "youth and partnership programmes between ASEAN and Korea."
        ),
        "ko": (
            "무역·투자, 문화·관광, 청년, 파트너십 분야에서 한-아세안센터가 개최하는 예정 행사와 지난 행사를 안내합니다."
        ),
    },
}

HALL_INDEX = {
    "slug": "halls",
    "title": {"en": "ASEAN Halls", "ko": "아세안홀"},
    "introduction": {
        "en": (
            "The Centre's two ASEAN Halls, in Seoul and on Jeju Island, are open to the public: spaces where "
            "visitors can discover the ten ASEAN Member States through exhibitions, events and information."
        ),
        "ko": (
            "서울과 제주에 있는 센터의 두 아세안홀은 누구나 방문할 수 있는 공간으로, 전시와 행사, 정보를 통해 "
            "아세안 10개 회원국을 만날 수 있습니다."
        ),
    },
    "search_description": {
        "en": (
            "ASEAN Hall Seoul at the Korea Press Center and ASEAN Hall Jeju at the International Peace Center: "
            "opening hours, directions and exhibitions on the ten ASEAN Member States."
        ),
        "ko": (
            "한국프레스센터의 아세안홀 서울과 제주국제평화센터의 아세안홀 제주의 운영 시간, 오시는 길, 아세안 "
            "10개 회원국을 소개하는 전시를 안내합니다."
        ),
    },
}

HALLS = [
    {
        "slug": "seoul",
        "title": {"en": "ASEAN Hall Seoul", "ko": "아세안홀 서울"},
        "introduction": {
            "en": (
                "ASEAN Hall Seoul, on the first floor of the Korea Press Center in central Seoul, introduces the "
                "ten ASEAN Member States through a permanent exhibition and changing special exhibitions."
            ),
            "ko": (
                "서울 도심 한국프레스센터 1층에 자리한 아세안홀 서울은 상설 전시와 다양한 특별 전시를 통해 아세안 "
                "10개 회원국을 소개합니다."
            ),
        },
        "search_description": {
            "en": (
                "Visit ASEAN Hall Seoul at the Korea Press Center, Jung-gu: free exhibitions on the ten ASEAN "
                "Member States, open Monday to Friday from 09:00 to 18:00."
            ),
            "ko": (
                "서울 중구 한국프레스센터의 아세안홀 서울에서 아세안 10개 회원국을 소개하는 전시를 무료로 관람할 "
                "수 있습니다. 월요일부터 금요일까지 09:00~18:00에 운영합니다."
            ),
        },
        "description": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>ASEAN Hall Seoul is the ASEAN-Korea Centre's exhibition and event space in the heart "
                        "of Seoul. Located on the first floor of the Korea Press Center, near Seoul Plaza and "
                        "City Hall, it welcomes everyone who wants to learn more about the ten ASEAN Member "
                        "States and about relations between ASEAN and Korea.</p>"
                    ),
                ),
                ("heading", {"text": "Permanent exhibition", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The permanent exhibition area introduces each of the ten ASEAN Member States: "
                        "Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, "
                        "Singapore, Thailand and Viet Nam. Visitors can discover their history, culture, tourism "
                        "and economy, together with the story of ASEAN and of cooperation between ASEAN and "
                        "Korea.</p>"
                    ),
                ),
                ("heading", {"text": "Special exhibitions", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The special-exhibition zone presents changing exhibitions on themes such as the arts, "
                        "crafts, food and everyday life of ASEAN. The hall is also used for lectures, film "
                        "screenings, workshops and other events of the Centre.</p>"
                    ),
                ),
                ("heading", {"text": "Plan your visit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Admission is free, and individual visitors do not need to book. The hall is open "
                        "Monday to Friday from 09:00 to 18:00, and is closed at weekends and on Korean public "
                        "holidays.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안홀 서울은 서울 도심에 자리한 한-아세안센터의 전시·행사 공간입니다. 서울광장과 "
                        "서울시청 인근 한국프레스센터 1층에 있으며, 아세안 10개 회원국과 한-아세안 관계에 대해 더 "
                        "알고 싶은 분이라면 누구나 방문하실 수 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "상설 전시", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>상설 전시 공간에서는 아세안 10개 회원국, 즉 브루나이, 캄보디아, 인도네시아, 라오스, "
                        "말레이시아, 미얀마, 필리핀, 싱가포르, 태국, 베트남을 한 나라씩 소개합니다. 방문객은 각 "
                        "나라의 역사, 문화, 관광, 경제와 함께 아세안과 한-아세안 협력의 이야기를 만날 수 "
                        "있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "특별 전시", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>특별 전시 공간에서는 아세안의 예술, 공예, 음식, 일상생활 등을 주제로 한 전시가 바뀌어 "
                        "가며 열립니다. 아세안홀은 센터의 강연, 영화 상영, 워크숍 등 다양한 행사 장소로도 "
                        "활용됩니다.</p>"
                    ),
                ),
                ("heading", {"text": "관람 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>관람료는 무료이며, 개인 방문객은 예약 없이 관람할 수 있습니다. 월요일부터 금요일까지 "
                        "09:00부터 18:00까지 운영하며, 주말과 한국의 공휴일에는 휴관합니다.</p>"
                    ),
                ),
            ],
        },
        "address": {
            "en": "1st Floor, Korea Press Center\n124 Sejong-daero, Jung-gu\nSeoul 04520, Republic of Korea",
            "ko": "(04520) 서울특별시 중구 세종대로 124\n한국프레스센터 1층",
        },
        "latitude": "37.566900",
        "longitude": "126.978400",
        "directions": {
            "en": (
                "ASEAN Hall Seoul is on the first floor of the Korea Press Center, on Sejong-daero near Seoul "
                "Plaza. By subway, it is a short walk from City Hall Station (Lines 1 and 2) and from Gwanghwamun "
                "Station (Line 5). Many city buses stop near Seoul City Hall and Gwanghwamun. Parking nearby is "
                "limited, so we recommend coming by public transport."
            ),
            "ko": (
                "아세안홀 서울은 서울광장 인근 세종대로의 한국프레스센터 1층에 있습니다. 지하철 1·2호선 시청역과 "
                "5호선 광화문역에서 걸어서 가까운 거리이며, 서울시청과 광화문 일대에 여러 시내버스가 정차합니다. "
                "주변 주차 공간이 한정되어 있으므로 대중교통 이용을 권장합니다."
            ),
        },
        "admission": {
            "en": (
                "Admission is free, and individual visitors do not need to book. Groups, such as school classes, "
                "are asked to contact the Centre in advance so that the visit can be arranged. Events in the hall "
                "may have their own times and registration; please see each event's page."
            ),
            "ko": (
                "관람료는 무료이며, 개인 방문객은 예약 없이 관람할 수 있습니다. 학교 등 단체로 방문하시는 경우 "
                "원활한 관람을 위해 사전에 센터로 문의해 주시기 바랍니다. 아세안홀에서 열리는 행사는 시간과 "
                "참가 신청 방법이 따로 정해질 수 있으니 각 행사 페이지를 확인해 주십시오."
            ),
        },
        "accessibility": {
            "en": (
                "The hall is on the first floor (ground level) of the Korea Press Center. Visitors who need "
                "assistance, for example with step-free access, are welcome to contact the Centre before their "
                "visit so that we can help."
            ),
            "ko": (
                "아세안홀 서울은 한국프레스센터 1층에 있습니다. 휠체어 이용 등 관람에 도움이 필요하신 분은 방문 "
                "전에 센터로 연락해 주시면 안내해 드리겠습니다."
            ),
        },
        "contact_email": "",
        "contact_phone": "",
        "weekly_hours": [
            ("0", "09:00", "18:00"),
            ("1", "09:00", "18:00"),
            ("2", "09:00", "18:00"),
            ("3", "09:00", "18:00"),
            ("4", "09:00", "18:00"),
        ],
        "closed_on_public_holidays": True,
        "exhibitions": [
            {
                "slug": "discover-asean",
                "title": {
                    "en": "Discover ASEAN: The Ten Member States",
                    "ko": "아세안을 만나다: 아세안 10개 회원국",
                },
                "introduction": {
                    "en": (
                        "The permanent exhibition of ASEAN Hall Seoul: an introduction to the ten ASEAN Member "
                        "States, to ASEAN and to ASEAN-Korea relations."
                    ),
                    "ko": (
                        "아세안 10개 회원국과 아세안, 그리고 한-아세안 관계를 소개하는 아세안홀 서울의 상설 전시입니다."
                    ),
                },
                "summary": {
                    "en": (
                        "Ten countries, one community: discover the history, cultures, landscapes and economies "
                        "of the ten ASEAN Member States, and how ASEAN and Korea work together."
                    ),
                    "ko": (
                        "열 개의 나라, 하나의 공동체. 아세안 10개 회원국의 역사, 문화, 자연, 경제와 함께 아세안과 "
                        "한국이 어떻게 협력하고 있는지 알아보세요."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>The permanent exhibition of ASEAN Hall Seoul is a first meeting with "
                                "Southeast Asia. Country by country, it introduces the ten ASEAN Member States "
                                "through maps, images, objects and texts in Korean and English.</p>"
                            ),
                        ),
                        ("heading", {"text": "What you will see", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>A profile of each Member State: Brunei Darussalam, Cambodia, Indonesia, "
                                "Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam, "
                                "with its capital, languages, history and heritage.</li>"
                                "<li>The story of ASEAN, from its founding in 1967 to the ASEAN Community "
                                "today.</li>"
                                "<li>ASEAN and Korea: trade, investment, tourism and people-to-people exchanges "
                                "between the two regions, and the work of the ASEAN-Korea Centre.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "For schools and groups", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The exhibition is suitable for visitors of all ages. Schools and other groups "
                                "are asked to contact the Centre in advance to arrange their visit.</p>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>아세안홀 서울의 상설 전시는 동남아시아와의 첫 만남을 위한 공간입니다. 지도, "
                                "이미지, 전시물, 한국어·영어 설명을 통해 아세안 10개 회원국을 한 나라씩 "
                                "소개합니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "전시 구성", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>브루나이, 캄보디아, 인도네시아, 라오스, 말레이시아, 미얀마, 필리핀, "
                                "싱가포르, 태국, 베트남 각 회원국의 수도, 언어, 역사, 유산 소개</li>"
                                "<li>1967년 창설부터 오늘날의 아세안 공동체에 이르는 아세안의 발자취</li>"
                                "<li>아세안과 한국: 양 지역 간 무역, 투자, 관광, 인적 교류와 한-아세안센터의 "
                                "활동</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "학교 및 단체 관람", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>전시는 모든 연령의 관람객에게 적합합니다. 학교 및 단체 관람을 원하시는 경우 "
                                "사전에 센터로 문의해 주시기 바랍니다.</p>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": -900,
                "closes_in_days": None,
                "curator": ORGANISERS,
                "partners": EMBASSIES,
            },
            {
                "slug": "threads-of-asean",
                "title": {
                    "en": "Threads of ASEAN: Traditional Textiles of Southeast Asia",
                    "ko": "아세안을 잇는 실: 동남아시아의 전통 직물",
                },
                "introduction": {
                    "en": (
                        "A special exhibition of traditional textiles from the ten ASEAN Member States, and of the "
                        "skills and stories woven into them."
                    ),
                    "ko": "아세안 10개 회원국의 전통 직물과 그 안에 담긴 기술과 이야기를 소개하는 특별 전시입니다.",
                },
                "summary": {
                    "en": (
                        "Batik, ikat, songket and more: discover the textiles of Southeast Asia, the techniques "
                        "passed down through generations and the place of cloth in everyday life and "
                        "celebrations."
                    ),
                    "ko": (
                        "바틱, 이캇, 송켓 등 동남아시아의 전통 직물과 여러 세대에 걸쳐 전해 내려온 기법, 그리고 "
                        "일상과 축제 속 직물의 의미를 만나 보세요."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>Across Southeast Asia, cloth tells stories: of a region, a family, a "
                                "ceremony. This special exhibition brings together traditional textiles from "
                                "the ten ASEAN Member States and shows how they are made, worn and given.</p>"
                            ),
                        ),
                        ("heading", {"text": "Highlights", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Wax-resist batik, tie-dyed ikat and songket woven with metallic "
                                "threads.</li>"
                                "<li>The tools and materials of weaving and dyeing, from looms to natural "
                                "dyes.</li>"
                                "<li>Textiles in ceremonies, festivals and everyday dress, then and "
                                "now.</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "Related events", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A batik workshop and other programmes accompany the exhibition; see the "
                                "events of ASEAN Hall Seoul for dates and registration.</p>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>동남아시아에서 직물은 한 지역과 가족, 그리고 의례의 이야기를 담고 있습니다. 이번 "
                                "특별 전시는 아세안 10개 회원국의 전통 직물을 한자리에 모아, 직물이 어떻게 "
                                "만들어지고 입혀지며 선물로 전해지는지 보여 줍니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "주요 전시 내용", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>밀랍으로 문양을 내는 바틱, 실을 묶어 염색하는 이캇, 금속사로 짜는 "
                                "송켓</li>"
                                "<li>베틀에서 천연 염료까지, 직조와 염색에 쓰이는 도구와 재료</li>"
                                "<li>과거와 오늘날의 의례, 축제, 일상복 속 직물</li></ul>"
                            ),
                        ),
                        ("heading", {"text": "연계 행사", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>전시와 연계하여 바틱 워크숍 등 다양한 프로그램이 열립니다. 일정과 참가 신청은 "
                                "아세안홀 서울의 행사 안내를 확인해 주십시오.</p>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": -20,
                "closes_in_days": 40,
                "curator": ORGANISERS,
                "partners": EMBASSIES,
            },
            {
                "slug": "asean-through-the-lens",
                "title": {
                    "en": "ASEAN Through the Lens: Contemporary Photography",
                    "ko": "렌즈로 본 아세안: 아세안 현대 사진전",
                },
                "introduction": {
                    "en": (
                        "An upcoming special exhibition of contemporary photography from the ASEAN Member States: "
                        "cities, landscapes and the people who live in them."
                    ),
                    "ko": (
                        "아세안 회원국의 도시와 자연, 그리고 그곳에 사는 사람들을 담은 현대 사진 특별 전시가 "
                        "열릴 예정입니다."
                    ),
                },
                "summary": {
                    "en": (
                        "Photographers from across ASEAN show Southeast Asia today, from fast-changing cities to "
                        "rice terraces and fishing villages."
                    ),
                    "ko": (
                        "아세안 각국의 사진가들이 빠르게 변화하는 도시부터 계단식 논과 어촌 마을까지, 오늘날의 "
                        "동남아시아를 보여 줍니다."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>How do the people of Southeast Asia see their own region? This exhibition "
                                "presents contemporary photographs from the ten ASEAN Member States, taken by "
                                "photographers who live and work there.</p>"
                            ),
                        ),
                        ("heading", {"text": "Three themes", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><strong>Cities</strong>: streets, markets and skylines in "
                                "transformation.</li>"
                                "<li><strong>Land and water</strong>: mountains, rivers, coasts and the ways of "
                                "life they shape.</li>"
                                "<li><strong>Faces</strong>: portraits of young people, workers and "
                                "families.</li></ul>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>동남아시아 사람들은 자신이 사는 지역을 어떻게 바라볼까요? 이번 전시는 아세안 10개 "
                                "회원국에서 활동하는 사진가들이 현지에서 촬영한 현대 사진을 소개합니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "세 가지 주제", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li><strong>도시</strong>: 변화하는 거리, 시장, 스카이라인</li>"
                                "<li><strong>땅과 물</strong>: 산과 강, 바다, 그리고 그 곁에서 이어지는 "
                                "삶</li>"
                                "<li><strong>얼굴</strong>: 청년, 일하는 사람들, 가족의 초상</li></ul>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": 60,
                "closes_in_days": 120,
                "curator": ORGANISERS,
                "partners": EMBASSIES,
            },
            {
                "slug": "flavours-of-asean",
                "title": {
                    "en": "Flavours of ASEAN: Food Cultures of Southeast Asia",
                    "ko": "아세안의 맛: 동남아시아의 음식 문화",
                },
                "introduction": {
                    "en": (
                        "A past special exhibition on the food cultures of the ten ASEAN Member States: "
                        "ingredients, dishes and the traditions of the shared table."
                    ),
                    "ko": "아세안 10개 회원국의 식재료와 음식, 함께 나누는 식탁의 전통을 소개한 지난 특별 전시입니다.",
                },
                "summary": {
                    "en": (
                        "Rice, spices, herbs and street food: an exhibition on what and how Southeast Asia eats, "
                        "and on the dishes that have become favourites in Korea."
                    ),
                    "ko": (
                        "쌀, 향신료, 허브, 길거리 음식까지, 동남아시아 사람들이 무엇을 어떻게 먹는지, 그리고 "
                        "한국에서도 사랑받게 된 음식들을 소개한 전시입니다."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>Food is one of the easiest ways to meet another culture. This exhibition "
                                "explored the food cultures of the ten ASEAN Member States, from the rice fields "
                                "and spice markets to family meals and festival dishes.</p>"
                            ),
                        ),
                        ("heading", {"text": "About the exhibition", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Staple ingredients: rice, noodles, coconut, herbs and spices.</li>"
                                "<li>Signature dishes of each Member State, and the stories behind them.</li>"
                                "<li>Eating together: table manners, street food and festive meals.</li></ul>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>음식은 다른 문화를 가장 쉽게 만날 수 있는 방법 중 하나입니다. 이 전시에서는 논과 "
                                "향신료 시장에서부터 가족의 식사와 명절 음식에 이르기까지, 아세안 10개 회원국의 음식 "
                                "문화를 살펴보았습니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "전시 소개", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>주요 식재료: 쌀, 면, 코코넛, 허브, 향신료</li>"
                                "<li>각 회원국을 대표하는 음식과 그에 얽힌 이야기</li>"
                                "<li>함께 먹는 문화: 식사 예절, 길거리 음식, 명절 음식</li></ul>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": -200,
                "closes_in_days": -140,
                "curator": ORGANISERS,
                "partners": EMBASSIES,
            },
        ],
    },
    {
        "slug": "jeju",
        "title": {"en": "ASEAN Hall Jeju", "ko": "아세안홀 제주"},
        "introduction": {
            "en": (
                "ASEAN Hall Jeju, opened in 2022 in the International Peace Center in Jungmun, Seogwipo, "
                "introduces the ten ASEAN Member States to visitors to Jeju Island through digital exhibits and "
                "special exhibitions."
            ),
            "ko": (
                "2022년 서귀포시 중문의 제주국제평화센터에 문을 연 아세안홀 제주는 디지털 전시와 특별 전시를 통해 "
                "제주를 찾는 방문객에게 아세안 10개 회원국을 소개합니다."
            ),
        },
        "search_description": {
            "en": (
                "Visit ASEAN Hall Jeju at the International Peace Center in the Jungmun Tourist Complex, "
                "Seogwipo: digital kiosks and exhibitions on the ten ASEAN Member States."
            ),
            "ko": (
                "서귀포시 중문관광단지 제주국제평화센터의 아세안홀 제주에서 디지털 키오스크와 전시로 아세안 10개 "
                "회원국을 만나 보세요."
            ),
        },
        "description": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>ASEAN Hall Jeju is the ASEAN-Korea Centre's second ASEAN Hall. It opened in 2022 in "
                        "the International Peace Center in the Jungmun Tourist Complex, Seogwipo, and is run "
                        "together with Jeju Special Self-Governing Province and the Jeju Peace Institute.</p>"
                    ),
                ),
                ("heading", {"text": "Digital exhibition", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Digital kiosks give information on each of the ten ASEAN Member States: Brunei "
                        "Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, "
                        "Singapore, Thailand and Viet Nam. Visitors can explore each country's history, culture, "
                        "tourist attractions and economy, as well as ASEAN-Korea relations, at their own "
                        "pace.</p>"
                    ),
                ),
                ("heading", {"text": "Special exhibitions and events", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The hall also presents special exhibitions and hosts cultural programmes, lectures "
                        "and family activities, giving the many visitors to Jeju Island a chance to meet "
                        "ASEAN.</p>"
                    ),
                ),
                ("heading", {"text": "Plan your visit", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The hall is generally open every day from 09:00 to 18:00. Opening hours and "
                        "admission may change with those of the International Peace Center, so please check "
                        "before travelling.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안홀 제주는 한-아세안센터의 두 번째 아세안홀입니다. 2022년 서귀포시 "
                        "중문관광단지의 제주국제평화센터에 문을 열었으며, 제주특별자치도, 제주평화연구원과 함께 "
                        "운영하고 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "디지털 전시", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>디지털 키오스크를 통해 브루나이, 캄보디아, 인도네시아, 라오스, 말레이시아, 미얀마, "
                        "필리핀, 싱가포르, 태국, 베트남 등 아세안 10개 회원국 각국의 정보를 제공합니다. 방문객은 "
                        "각 나라의 역사, 문화, 관광 명소, 경제와 함께 한-아세안 관계를 자유롭게 살펴볼 수 "
                        "있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "특별 전시와 행사", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>아세안홀 제주에서는 특별 전시와 함께 문화 프로그램, 강연, 가족 체험 활동 등이 열려, "
                        "제주를 찾는 많은 방문객이 아세안을 만날 수 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "관람 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>아세안홀 제주는 대체로 매일 09:00부터 18:00까지 운영합니다. 운영 시간과 관람 조건은 "
                        "제주국제평화센터의 운영에 따라 달라질 수 있으므로 방문 전에 확인해 주시기 바랍니다.</p>"
                    ),
                ),
            ],
        },
        "address": {
            "en": "International Peace Center\n227-24 Jungmungwangwang-ro, Seogwipo-si\nJeju-do, Republic of Korea",
            "ko": "제주특별자치도 서귀포시 중문관광로 227-24\n국제평화센터",
        },
        "latitude": "33.249000",
        "longitude": "126.410600",
        "directions": {
            "en": (
                "ASEAN Hall Jeju is in the International Peace Center in the Jungmun Tourist Complex, Seogwipo, "
                "on the south coast of Jeju Island. From Jeju International Airport, the Jungmun Tourist Complex "
                "can be reached by airport limousine bus or by car in about an hour. Local buses also run to "
                "Jungmun from the centre of Seogwipo."
            ),
            "ko": (
                "아세안홀 제주는 제주도 남쪽 해안, 서귀포시 중문관광단지의 제주국제평화센터에 있습니다. "
                "제주국제공항에서 중문관광단지까지는 공항 리무진 버스나 자동차로 약 1시간이 걸립니다. 서귀포 "
                "시내에서도 중문으로 가는 시내버스를 이용할 수 있습니다."
            ),
        },
        "admission": {
            "en": (
                "The hall is usually open every day from 09:00 to 18:00, but its opening hours and admission "
                "follow those of the International Peace Center and may change, for example during building "
                "maintenance or events. Please check before travelling. Groups are asked to contact the Centre "
                "in advance."
            ),
            "ko": (
                "아세안홀 제주는 대체로 매일 09:00부터 18:00까지 운영하지만, 운영 시간과 관람 조건은 "
                "제주국제평화센터에 따르며 건물 점검이나 행사 등으로 변경될 수 있습니다. 방문 전에 꼭 확인해 "
                "주십시오. 단체로 방문하시는 경우 사전에 센터로 문의해 주시기 바랍니다."
            ),
        },
        "accessibility": {
            "en": (
                "Visitors who need assistance during their visit, for example with step-free access, are "
                "welcome to contact the Centre in advance so that we can help."
            ),
            "ko": "휠체어 이용 등 관람에 도움이 필요하신 분은 방문 전에 센터로 연락해 주시면 안내해 드리겠습니다.",
        },
        "contact_email": "",
        "contact_phone": "",
        "weekly_hours": [
            ("0", "09:00", "18:00"),
            ("1", "09:00", "18:00"),
            ("2", "09:00", "18:00"),
            ("3", "09:00", "18:00"),
            ("4", "09:00", "18:00"),
            ("5", "09:00", "18:00"),
            ("6", "09:00", "18:00"),
        ],
        "closed_on_public_holidays": False,
        "exhibitions": [
            {
                "slug": "asean-digital-gallery",
                "title": {
                    "en": "ASEAN Digital Gallery: Ten Countries at Your Fingertips",
                    "ko": "아세안 디지털 갤러리: 손끝으로 만나는 10개국",
                },
                "introduction": {
                    "en": (
                        "The permanent digital exhibition of ASEAN Hall Jeju: interactive kiosks with "
                        "information on each of the ten ASEAN Member States."
                    ),
                    "ko": (
                        "아세안 10개 회원국의 정보를 담은 인터랙티브 키오스크로 구성된 아세안홀 제주의 "
                        "상설 디지털 전시입니다."
                    ),
                },
                "summary": {
                    "en": (
                        "Choose a country and explore: history, culture, tourist attractions and economy of each "
                        "ASEAN Member State, in Korean and English."
                    ),
                    "ko": (
                        "나라를 골라 직접 살펴보세요. 아세안 각 회원국의 역사, 문화, 관광 명소, 경제 정보를 "
                        "한국어와 영어로 제공합니다."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>At the digital kiosks of ASEAN Hall Jeju, visitors choose what they want to "
                                "discover. Each of the ten ASEAN Member States has its own pages of text, "
                                "images and video.</p>"
                            ),
                        ),
                        ("heading", {"text": "On the kiosks", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Country profiles of Brunei Darussalam, Cambodia, Indonesia, Lao PDR, "
                                "Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam.</li>"
                                "<li>Culture, festivals and tourist attractions of each country.</li>"
                                "<li>ASEAN and its partnership with Korea.</li></ul>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>아세안홀 제주의 디지털 키오스크에서는 방문객이 알고 싶은 내용을 직접 골라 볼 수 "
                                "있습니다. 아세안 10개 회원국마다 글, 이미지, 영상으로 구성된 소개 화면이 "
                                "마련되어 있습니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "키오스크 주요 내용", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>브루나이, 캄보디아, 인도네시아, 라오스, 말레이시아, 미얀마, 필리핀, "
                                "싱가포르, 태국, 베트남의 국가 소개</li>"
                                "<li>각 나라의 문화, 축제, 관광 명소</li>"
                                "<li>아세안과 한국의 동반자 관계</li></ul>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": -1450,
                "closes_in_days": None,
                "curator": ORGANISERS,
                "partners": {
                    "en": "Jeju Special Self-Governing Province and the Jeju Peace Institute",
                    "ko": "제주특별자치도, 제주평화연구원",
                },
            },
            {
                "slug": "islands-and-seas-of-asean",
                "title": {
                    "en": "Islands and Seas of ASEAN: Life by the Coast",
                    "ko": "아세안의 섬과 바다: 바닷가의 삶",
                },
                "introduction": {
                    "en": (
                        "A special exhibition on the islands, seas and coastal communities of Southeast Asia, "
                        "presented on Jeju Island."
                    ),
                    "ko": "동남아시아의 섬과 바다, 해안 공동체의 삶을 제주에서 소개하는 특별 전시입니다.",
                },
                "summary": {
                    "en": (
                        "Thousands of islands, centuries of seafaring: photographs and stories of fishing "
                        "villages, island markets and the sea that connects ASEAN."
                    ),
                    "ko": (
                        "수많은 섬과 오랜 항해의 역사. 어촌 마을과 섬의 시장, 그리고 아세안을 잇는 바다의 모습을 "
                        "사진과 이야기로 전합니다."
                    ),
                },
                "body": {
                    "en": [
                        (
                            "paragraph",
                            (
                                "<p>Much of Southeast Asia lives by the sea, across thousands of islands and long "
                                "coastlines. On Jeju, an island with its own seafaring traditions, this "
                                "exhibition invites visitors to discover the coastal life of the ASEAN Member "
                                "States.</p>"
                            ),
                        ),
                        ("heading", {"text": "Highlights", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>Fishing villages, boats and the daily rhythm of the tides.</li>"
                                "<li>Island markets, ports and trade routes.</li>"
                                "<li>Protecting the sea: coral reefs, mangroves and coastal "
                                "communities.</li></ul>"
                            ),
                        ),
                    ],
                    "ko": [
                        (
                            "paragraph",
                            (
                                "<p>동남아시아의 많은 사람들은 수많은 섬과 긴 해안선을 따라 바다와 함께 살아갑니다. "
                                "고유한 해양 문화를 지닌 섬, 제주에서 열리는 이번 전시는 아세안 회원국의 해안 "
                                "생활을 소개합니다.</p>"
                            ),
                        ),
                        ("heading", {"text": "주요 전시 내용", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<ul><li>어촌 마을과 배, 그리고 물때에 따른 하루의 리듬</li>"
                                "<li>섬의 시장, 항구, 교역로</li>"
                                "<li>바다를 지키는 사람들: 산호초, 맹그로브, 해안 공동체</li></ul>"
                            ),
                        ),
                    ],
                },
                "opens_in_days": -30,
                "closes_in_days": 60,
                "curator": ORGANISERS,
                "partners": EMBASSIES,
            },
        ],
    },
]

EVENTS = [
    # Upcoming events.
    {
        "slug": "asean-film-night-stories-from-the-mekong",
        "title": {
            "en": "ASEAN Film Night: Stories from the Mekong",
            "ko": "아세안 영화의 밤: 메콩강의 이야기",
        },
        "summary": {
            "en": (
                "An evening of short films from the Mekong region, with Korean and English subtitles, followed "
                "by a conversation about the river and the communities that live along it."
            ),
            "ko": (
                "메콩강 유역 국가의 단편 영화를 한국어·영어 자막으로 상영하고, 강과 그 곁에 사는 공동체에 관한 "
                "대화를 나누는 저녁입니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The Mekong flows through Cambodia, Lao PDR, Myanmar, Thailand and Viet Nam. This "
                        "film night presents short fiction and documentary films from the region about family, "
                        "work and change along the river.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>18:30 Doors open</li>"
                        "<li>19:00 Screening of short films (about 80 minutes)</li>"
                        "<li>20:20 Conversation with the audience</li></ul>"
                    ),
                ),
                ("heading", {"text": "Taking part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Admission is free. Seats are limited, so please register by the deadline. Some "
                        "films may not be suitable for young children.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>메콩강은 캄보디아, 라오스, 미얀마, 태국, 베트남을 흐릅니다. 이번 영화의 밤에서는 강을 "
                        "따라 살아가는 가족과 일, 변화를 그린 이 지역의 단편 극영화와 다큐멘터리를 상영합니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    "<ul><li>18:30 입장</li><li>19:00 단편 영화 상영(약 80분)</li><li>20:20 관객과의 대화</li></ul>",
                ),
                ("heading", {"text": "참가 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>참가비는 무료입니다. 좌석이 한정되어 있으니 마감일까지 신청해 주시기 바랍니다. 일부 "
                        "영화는 어린이 관람에 적합하지 않을 수 있습니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 10,
        "start_time": "18:30",
        "end_time": "21:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "seoul",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "film",
        "organisers": ORGANISERS,
        "partners": EMBASSIES,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "open",
        "registration_url": "",
        "registration_deadline_in_days": 8,
    },
    {
        "slug": "asean-tourism-seminar-new-destinations",
        "title": {
            "en": "ASEAN Tourism Seminar: New Destinations for Travellers from Korea",
            "ko": "아세안 관광 세미나: 한국 여행객을 위한 새로운 여행지",
        },
        "summary": {
            "en": (
                "Tourism professionals and travel writers share lesser-known destinations in the ASEAN Member "
                "States and discuss trends in travel between ASEAN and Korea."
            ),
            "ko": (
                "관광업계 전문가와 여행 작가가 아세안 회원국의 덜 알려진 여행지를 소개하고, 한-아세안 간 여행 "
                "동향에 대해 논의합니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Beyond the best-known beaches and cities, the ASEAN Member States offer many "
                        "destinations still waiting to be discovered by travellers from Korea. This seminar "
                        "brings together the tourism industry, travel media and the public.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Trends in tourism between ASEAN and Korea</li>"
                        "<li>Presentations of new destinations in the ASEAN Member States</li>"
                        "<li>Panel discussion: sustainable and responsible travel</li>"
                        "<li>Questions from the audience</li></ul>"
                    ),
                ),
                ("heading", {"text": "Taking part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The seminar is free and open to tourism professionals, students and anyone "
                        "interested in travelling in ASEAN. Please register by the deadline. Korean-English "
                        "interpretation will be provided.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안 회원국에는 잘 알려진 해변과 도시 외에도 한국 여행객을 기다리는 여행지가 "
                        "많습니다. 이번 세미나는 관광업계와 여행 미디어, 일반 시민이 함께하는 자리입니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>한-아세안 관광 동향</li>"
                        "<li>아세안 회원국의 새로운 여행지 소개</li>"
                        "<li>패널 토론: 지속 가능하고 책임 있는 여행</li>"
                        "<li>청중 질의응답</li></ul>"
                    ),
                ),
                ("heading", {"text": "참가 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>세미나는 무료이며, 관광업계 종사자, 학생, 아세안 여행에 관심 있는 누구나 참가할 수 "
                        "있습니다. 마감일까지 신청해 주시기 바랍니다. 한국어-영어 통역이 제공됩니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 14,
        "start_time": "14:00",
        "end_time": "17:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "seoul",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "forum",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "open",
        "registration_url": "",
        "registration_deadline_in_days": 11,
    },
    {
        "slug": "asean-picture-book-morning-jeju",
        "title": {
            "en": "ASEAN Picture Book Morning for Families",
            "ko": "가족과 함께하는 아세안 그림책 읽기",
        },
        "summary": {
            "en": (
                "Children and their parents read folk tales from the ASEAN Member States together and make a "
                "simple craft inspired by the stories, at ASEAN Hall Jeju."
            ),
            "ko": (
                "아세안홀 제주에서 어린이와 부모가 함께 아세안 회원국의 옛이야기 그림책을 읽고, 이야기에서 "
                "영감을 얻은 간단한 만들기 활동을 합니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Clever animals, brave heroes and magical islands: the folk tales of Southeast Asia "
                        "are full of adventures. In this family programme, storytellers read picture books from "
                        "the ASEAN Member States in Korean, and children make a small craft to take home.</p>"
                    ),
                ),
                ("heading", {"text": "Taking part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>For children aged 5 to 10 with an accompanying adult. Free, with no registration "
                        "needed: just come to the hall a few minutes before the start. Places at the craft "
                        "tables are given on a first-come, first-served basis.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>꾀 많은 동물, 용감한 영웅, 신비한 섬. 동남아시아의 옛이야기는 모험으로 가득합니다. 이번 "
                        "가족 프로그램에서는 이야기 선생님이 아세안 회원국의 그림책을 한국어로 읽어 주고, 어린이들은 "
                        "집에 가져갈 작은 작품을 만듭니다.</p>"
                    ),
                ),
                ("heading", {"text": "참가 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>5세부터 10세까지의 어린이와 보호자가 함께 참여할 수 있습니다. 참가비는 무료이며 사전 "
                        "신청 없이 시작 몇 분 전까지 아세안홀로 오시면 됩니다. 만들기 자리는 선착순으로 "
                        "배정됩니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 17,
        "start_time": "10:30",
        "end_time": "12:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "jeju",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "education",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-youth-network-workshop-busan",
        "title": {
            "en": "ASEAN Youth Network Workshop",
            "ko": "아세안 청년 네트워크 워크숍",
        },
        "summary": {
            "en": (
                "A two-day workshop in Busan where young people from ASEAN and Korea work in mixed teams on "
                "ideas for shared challenges, from climate action to digital skills."
            ),
            "ko": (
                "아세안과 한국의 청년들이 부산에서 이틀 동안 혼합 팀을 이루어 기후 행동부터 디지털 역량까지 공동의 "
                "과제를 위한 아이디어를 함께 만드는 워크숍입니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The ASEAN Youth Network Workshop brings together university students and young "
                        "professionals from the ten ASEAN Member States and Korea, including ASEAN students "
                        "studying in Korea. Participants build friendships and networks while developing "
                        "project ideas together.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Day 1: opening, talks by young leaders, team building and idea "
                        "workshops</li>"
                        "<li>Day 2: team projects, presentations to a panel and closing networking "
                        "session</li></ul>"
                        "<p>The workshop is held in English.</p>"
                    ),
                ),
                ("heading", {"text": "Registration", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Registration is closed: all places have been filled. Selected participants have "
                        "been informed by e-mail. Thank you for your interest.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안 청년 네트워크 워크숍에는 한국에서 공부하는 아세안 유학생을 포함하여 아세안 10개 "
                        "회원국과 한국의 대학생 및 청년 직장인이 함께합니다. 참가자들은 프로젝트 아이디어를 함께 "
                        "발전시키며 우정과 네트워크를 쌓습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>1일차: 개회, 청년 리더 강연, 팀 빌딩, 아이디어 워크숍</li>"
                        "<li>2일차: 팀 프로젝트, 심사위원단 앞 발표, 폐회 네트워킹</li></ul>"
                        "<p>워크숍은 영어로 진행됩니다.</p>"
                    ),
                ),
                ("heading", {"text": "참가 신청", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>모집 인원이 모두 차서 참가 신청이 마감되었습니다. 선발된 참가자에게는 이메일로 "
                        "안내드렸습니다. 관심을 가져 주셔서 감사합니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 20,
        "start_time": "10:00",
        "end_time": "17:00",
        "end_in_days": 21,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "BEXCO (Busan Exhibition and Convention Center)", "ko": "벡스코(BEXCO)"},
        "venue_address": {"en": "55 APEC-ro, Haeundae-gu", "ko": "해운대구 APEC로 55"},
        "venue_city": {"en": "Busan", "ko": "부산"},
        "is_online": False,
        "online_url": "",
        "priority": "youth-and-future-generations",
        "category": "youth",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "closed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-batik-workshop",
        "title": {
            "en": "Batik Workshop: Draw with Wax, Paint with Colour",
            "ko": "바틱 워크숍: 밀랍으로 그리고 색으로 물들이다",
        },
        "summary": {
            "en": (
                "A hands-on workshop at ASEAN Hall Seoul, held with the special exhibition 'Threads of ASEAN': "
                "learn the basics of batik and make your own small piece of cloth."
            ),
            "ko": (
                "특별 전시 '아세안을 잇는 실'과 연계하여 아세안홀 서울에서 열리는 체험 워크숍입니다. 바틱의 기초를 "
                "배우고 나만의 작은 천을 만들어 보세요."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Batik is a technique of drawing patterns on cloth with hot wax before dyeing it, "
                        "practised in several ASEAN Member States. After a short visit to the exhibition, "
                        "participants learn to use the tools and create their own design.</p>"
                    ),
                ),
                ("heading", {"text": "Taking part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>For adults and young people aged 14 and over; limited to 20 "
                        "participants.</li>"
                        "<li>The fee covers all materials; please wear clothes that you do not mind "
                        "staining.</li>"
                        "<li>Registration is required by the deadline and confirmed in order of "
                        "application.</li></ul>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>바틱은 뜨거운 밀랍으로 천에 문양을 그린 뒤 염색하는 기법으로, 여러 아세안 회원국에서 "
                        "전해 내려오고 있습니다. 참가자들은 전시를 간단히 둘러본 뒤 도구 사용법을 배우고 자신만의 "
                        "디자인을 만듭니다.</p>"
                    ),
                ),
                ("heading", {"text": "참가 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>14세 이상 청소년과 성인 대상, 정원 20명</li>"
                        "<li>참가비에는 모든 재료비가 포함되어 있으며, 염료가 묻어도 괜찮은 옷을 입고 오시기 "
                        "바랍니다.</li>"
                        "<li>마감일까지 사전 신청이 필요하며, 신청 순서대로 참가가 확정됩니다.</li></ul>"
                    ),
                ),
            ],
        },
        "starts_in_days": 24,
        "start_time": "14:00",
        "end_time": "16:30",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "seoul",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "education",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": False,
        "fee": {
            "en": "KRW 10,000, materials included (students KRW 5,000)",
            "ko": "10,000원, 재료비 포함(학생 5,000원)",
        },
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "open",
        "registration_url": "",
        "registration_deadline_in_days": 20,
    },
    {
        "slug": "asean-economic-outlook-webinar",
        "title": {
            "en": "ASEAN Economic Outlook Webinar",
            "ko": "아세안 경제 전망 웨비나",
        },
        "summary": {
            "en": (
                "An online briefing for Korean companies and researchers on economic trends in the ASEAN Member "
                "States. The streaming link will be sent by e-mail to registered participants."
            ),
            "ko": (
                "한국 기업과 연구자를 위해 아세안 회원국의 경제 동향을 소개하는 온라인 설명회입니다. 중계 링크는 "
                "사전 등록자에게 이메일로 보내 드립니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Where are the economies of ASEAN heading, and what does it mean for business with "
                        "Korea? Economists and practitioners review recent trends in growth, trade and "
                        "investment across the ten ASEAN Member States.</p>"
                    ),
                ),
                ("heading", {"text": "Topics", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Growth and trade prospects for ASEAN</li>"
                        "<li>Supply chains and investment opportunities for Korean companies</li>"
                        "<li>The digital economy and the green transition in ASEAN</li></ul>"
                    ),
                ),
                ("heading", {"text": "How to join", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The webinar is free and held entirely online, in Korean and English with "
                        "interpretation. Please register by the deadline: the streaming link will be sent to "
                        "registered participants by e-mail before the webinar.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안 경제는 어디로 향하고 있으며, 한국과의 비즈니스에는 어떤 의미가 있을까요? "
                        "경제 전문가와 실무자가 아세안 10개 회원국의 성장, 무역, 투자 분야 최근 동향을 "
                        "살펴봅니다.</p>"
                    ),
                ),
                ("heading", {"text": "주요 주제", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>아세안의 성장 및 무역 전망</li>"
                        "<li>한국 기업을 위한 공급망 및 투자 기회</li>"
                        "<li>아세안의 디지털 경제와 녹색 전환</li></ul>"
                    ),
                ),
                ("heading", {"text": "참가 방법", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>웨비나는 무료이며 전면 온라인으로 진행되고, 한국어와 영어 통역이 제공됩니다. "
                        "마감일까지 등록해 주시면 웨비나 전에 중계 링크를 이메일로 보내 드립니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 28,
        "start_time": "15:00",
        "end_time": "16:30",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": True,
        "online_url": "",
        "priority": "economy",
        "category": "forum",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "open",
        "registration_url": "",
        "registration_deadline_in_days": 27,
    },
    {
        "slug": "asean-korea-startup-demo-day-jakarta",
        "title": {
            "en": "ASEAN-Korea Start-up Demo Day in Jakarta",
            "ko": "자카르타 한-아세안 스타트업 데모데이",
        },
        "summary": {
            "en": (
                "Cancelled. Start-ups from Korea and the ASEAN Member States were to present their products to "
                "investors and partners in Jakarta."
            ),
            "ko": (
                "취소되었습니다. 한국과 아세안 회원국의 스타트업이 자카르타에서 투자자와 협력 파트너에게 제품을 "
                "소개할 예정이었습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>This event has been cancelled. We sincerely apologise to the start-ups, investors "
                        "and guests who had planned to take part.</p>"
                        "<p>The Demo Day was to bring together start-ups from Korea and the ASEAN Member States "
                        "working in fintech, e-commerce and clean technology, with pitching sessions and "
                        "one-to-one meetings with investors, from 09:00 to 17:00 local time (WIB).</p>"
                    ),
                ),
                ("heading", {"text": "For registered participants", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Registered participants will be contacted by e-mail. Future start-up programmes "
                        "of the Centre will be announced on this website.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>이 행사는 취소되었습니다. 참가를 준비해 주신 스타트업, 투자자, 내빈 여러분께 깊이 "
                        "사과드립니다.</p>"
                        "<p>데모데이는 핀테크, 전자상거래, 청정 기술 분야의 한국과 아세안 회원국 스타트업이 함께하여, "
                        "현지 시간(WIB) 09:00부터 17:00까지 피칭 세션과 투자자와의 일대일 상담을 진행할 "
                        "예정이었습니다.</p>"
                    ),
                ),
                ("heading", {"text": "등록 참가자 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>등록하신 참가자께는 이메일로 개별 안내드릴 예정입니다. 센터의 향후 스타트업 "
                        "프로그램은 이 웹사이트를 통해 알려 드리겠습니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 30,
        "start_time": "11:00",
        "end_time": "19:00",
        "end_in_days": None,
        "all_day": False,
        "status": "cancelled",
        "status_note": {
            "en": (
                "Cancelled owing to circumstances beyond the organisers' control. We apologise for the "
                "inconvenience; registered participants will be contacted by e-mail."
            ),
            "ko": (
                "주최 측이 통제할 수 없는 사정으로 취소되었습니다. 불편을 드려 죄송하며, 등록하신 분께는 "
                "이메일로 안내드리겠습니다."
            ),
        },
        "hall": None,
        "venue_name": {"en": "Jakarta Convention Center", "ko": "자카르타 컨벤션 센터"},
        "venue_address": {"en": "Jl. Gatot Subroto, Senayan", "ko": "Jl. Gatot Subroto, Senayan"},
        "venue_city": {"en": "Jakarta, Indonesia", "ko": "인도네시아 자카르타"},
        "is_online": False,
        "online_url": "",
        "priority": "economy",
        "category": "business",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Start-up support organisations in Indonesia and Korea",
            "ko": "인도네시아와 한국의 스타트업 지원 기관",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "closed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-korea-business-matching-green-energy",
        "title": {
            "en": "ASEAN-Korea Business Matching Day: Green Energy",
            "ko": "한-아세안 비즈니스 매칭 데이: 그린 에너지",
        },
        "summary": {
            "en": (
                "One-to-one business meetings between companies from the ASEAN Member States and Korean "
                "companies in renewable energy, energy efficiency and e-mobility, at COEX in Seoul."
            ),
            "ko": (
                "서울 코엑스에서 재생에너지, 에너지 효율, e-모빌리티 분야의 아세안 회원국 기업과 한국 기업 간 "
                "일대일 비즈니스 상담이 열립니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The energy transition is creating new opportunities for cooperation between ASEAN "
                        "and Korea. This business matching day connects companies from the ASEAN Member States "
                        "with Korean suppliers, investors and partners in green energy.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>10:00 Opening and market briefings on green energy in ASEAN</li>"
                        "<li>11:00 to 17:00 Pre-arranged one-to-one business meetings, with "
                        "interpretation</li>"
                        "<li>Networking lunch for participating companies</li></ul>"
                    ),
                ),
                ("heading", {"text": "Who can take part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Korean companies working in renewable energy, energy storage, energy efficiency or "
                        "e-mobility are invited to register by the deadline, indicating the products they offer "
                        "and the markets they are interested in. Meetings are arranged in advance, and "
                        "confirmed schedules will be sent by e-mail. Participation is free.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>에너지 전환은 아세안과 한국 간 협력에 새로운 기회를 열고 있습니다. 이번 비즈니스 매칭 "
                        "데이는 그린 에너지 분야의 아세안 회원국 기업과 한국의 공급업체, 투자자, 파트너를 "
                        "연결합니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>10:00 개회 및 아세안 그린 에너지 시장 설명회</li>"
                        "<li>11:00~17:00 사전 주선된 일대일 비즈니스 상담(통역 제공)</li>"
                        "<li>참가 기업 네트워킹 오찬</li></ul>"
                    ),
                ),
                ("heading", {"text": "참가 대상", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>재생에너지, 에너지 저장, 에너지 효율, e-모빌리티 분야의 한국 기업은 제공 제품과 관심 "
                        "시장을 기재하여 마감일까지 신청해 주시기 바랍니다. 상담은 사전에 주선되며, 확정된 일정은 "
                        "이메일로 안내드립니다. 참가비는 무료입니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 35,
        "start_time": "10:00",
        "end_time": "17:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "COEX", "ko": "코엑스(COEX)"},
        "venue_address": {"en": "513 Yeongdong-daero, Gangnam-gu", "ko": "강남구 영동대로 513"},
        "venue_city": {"en": "Seoul", "ko": "서울"},
        "is_online": False,
        "online_url": "",
        "priority": "economy",
        "category": "business",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Trade and investment promotion agencies of the ASEAN Member States",
            "ko": "아세안 회원국 무역·투자 진흥 기관",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "open",
        "registration_url": "",
        "registration_deadline_in_days": 21,
    },
    {
        "slug": "asean-culture-festival-gwangju",
        "title": {
            "en": "ASEAN Culture Festival in Gwangju",
            "ko": "광주 아세안 문화 축제",
        },
        "summary": {
            "en": (
                "Three days of music, dance, food and crafts from the ten ASEAN Member States, with "
                "performances, hands-on activities and a market, free and open to all."
            ),
            "ko": (
                "아세안 10개 회원국의 음악, 춤, 음식, 공예를 만나는 사흘간의 축제입니다. 공연과 체험 활동, 장터가 "
                "열리며, 누구나 무료로 참여할 수 있습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The ASEAN Culture Festival brings the cultures of Southeast Asia to Gwangju. "
                        "Families, students and ASEAN communities living in Korea are invited to enjoy three "
                        "days of performances and activities.</p>"
                    ),
                ),
                ("heading", {"text": "What's on", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Traditional music and dance performances from the ASEAN Member States</li>"
                        "<li>Hands-on activities: traditional costumes, games and crafts</li>"
                        "<li>Food stalls and a market of ASEAN products</li>"
                        "<li>An information booth on travel and study in ASEAN</li></ul>"
                        "<p>The detailed timetable of performances will be published on this page before the "
                        "festival.</p>"
                    ),
                ),
                ("heading", {"text": "Visiting", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Entry is free and no registration is needed. Some activities have limited places, "
                        "given on a first-come, first-served basis on the day. Food and products at the stalls "
                        "are sold by the stallholders.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안 문화 축제가 광주에서 동남아시아의 문화를 선보입니다. 가족, 학생, 한국에 사는 "
                        "아세안 공동체 여러분 모두 사흘간의 공연과 체험 활동을 즐기실 수 있습니다.</p>"
                    ),
                ),
                ("heading", {"text": "주요 프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>아세안 회원국의 전통 음악과 무용 공연</li>"
                        "<li>체험 활동: 전통 의상, 놀이, 공예</li>"
                        "<li>아세안 음식 부스와 아세안 상품 장터</li>"
                        "<li>아세안 여행·유학 정보 부스</li></ul>"
                        "<p>공연 세부 일정은 축제 전에 이 페이지에 게시됩니다.</p>"
                    ),
                ),
                ("heading", {"text": "관람 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>입장은 무료이며 사전 신청이 필요하지 않습니다. 일부 체험 활동은 인원이 한정되어 당일 "
                        "선착순으로 운영됩니다. 부스의 음식과 상품은 각 판매자가 판매합니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 45,
        "start_time": None,
        "end_time": None,
        "end_in_days": 47,
        "all_day": True,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "Asia Culture Center", "ko": "국립아시아문화전당"},
        "venue_address": {"en": "38 Munhwajeondang-ro, Dong-gu", "ko": "동구 문화전당로 38"},
        "venue_city": {"en": "Gwangju", "ko": "광주"},
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "performance",
        "organisers": ORGANISERS,
        "partners": EMBASSIES,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-korea-media-dialogue-ha-noi",
        "title": {
            "en": "ASEAN-Korea Media Dialogue in Ha Noi",
            "ko": "하노이 한-아세안 미디어 대화",
        },
        "summary": {
            "en": (
                "Postponed. Journalists and editors from ASEAN and Korea were to meet in Ha Noi to discuss how "
                "the media can deepen understanding between the two regions. A new date will be announced."
            ),
            "ko": (
                "연기되었습니다. 아세안과 한국의 기자와 편집자들이 하노이에 모여 언론이 양 지역 간 이해를 넓히는 "
                "방안을 논의할 예정이었습니다. 새 일정은 추후 공지됩니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>This event has been postponed. The new date will be announced on this page, and "
                        "invited participants will be informed directly.</p>"
                        "<p>The Media Dialogue brings together journalists, editors and media experts from the "
                        "ASEAN Member States and Korea. It was planned from 09:00 to 12:30 local time "
                        "(ICT).</p>"
                    ),
                ),
                ("heading", {"text": "Themes", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Reporting on ASEAN in Korea and on Korea in ASEAN</li>"
                        "<li>Fighting disinformation in the digital age</li>"
                        "<li>Cooperation and exchanges between newsrooms</li></ul>"
                        "<p>Participation is by invitation.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>이 행사는 연기되었습니다. 새 일정은 이 페이지를 통해 알려 드리며, 초청 참가자께는 "
                        "개별적으로 안내드리겠습니다.</p>"
                        "<p>미디어 대화는 아세안 회원국과 한국의 기자, 편집자, 미디어 전문가가 함께하는 "
                        "자리입니다. 현지 시간(ICT) 09:00부터 12:30까지 열릴 예정이었습니다.</p>"
                    ),
                ),
                ("heading", {"text": "주요 주제", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>한국의 아세안 보도, 아세안의 한국 보도</li>"
                        "<li>디지털 시대의 허위 정보 대응</li>"
                        "<li>언론사 간 협력과 교류</li></ul>"
                        "<p>초청된 분만 참가할 수 있습니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 50,
        "start_time": "11:00",
        "end_time": "14:30",
        "end_in_days": None,
        "all_day": False,
        "status": "postponed",
        "status_note": {
            "en": (
                "Postponed at the request of the partner organisations. The new date will be announced here; "
                "we apologise for any inconvenience."
            ),
            "ko": "협력 기관의 요청으로 연기되었습니다. 새 일정은 이 페이지에서 알려 드리며, 불편을 드려 죄송합니다.",
        },
        "hall": None,
        "venue_name": {"en": "National Convention Center", "ko": "베트남 국립컨벤션센터"},
        "venue_address": {"en": "Pham Hung Road, Nam Tu Liem District", "ko": "남뜨리엠군 팜흥로"},
        "venue_city": {"en": "Ha Noi, Viet Nam", "ko": "베트남 하노이"},
        "is_online": False,
        "online_url": "",
        "priority": "partnerships",
        "category": "forum",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Media organisations of the ASEAN Member States and Korea",
            "ko": "아세안 회원국과 한국의 언론 기관",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-coffee-and-tea-showcase",
        "title": {
            "en": "ASEAN Coffee and Tea Showcase",
            "ko": "아세안 커피·차 쇼케이스",
        },
        "summary": {
            "en": (
                "Producers and exporters from the ASEAN Member States present their coffees and teas to Korean "
                "buyers, with tastings, product displays and business meetings."
            ),
            "ko": (
                "아세안 회원국의 생산자와 수출업체가 한국 바이어에게 커피와 차를 선보이는 자리로, 시음, 제품 전시, "
                "비즈니스 상담이 진행됩니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>From the highlands of Lao PDR and Viet Nam to the islands of Indonesia and the "
                        "Philippines, Southeast Asia produces some of the world's distinctive coffees and teas. "
                        "This showcase helps ASEAN producers meet importers, distributors and cafe owners in "
                        "Korea.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Product displays by exporters from the ASEAN Member States</li>"
                        "<li>Guided tastings and talks on origins and processing</li>"
                        "<li>Business meetings between exporters and Korean buyers</li></ul>"
                    ),
                ),
                ("heading", {"text": "Visiting", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The showcase is free and open to trade visitors and the public; no registration is "
                        "needed. Korean buyers who wish to book business meetings are invited to contact the "
                        "Centre in advance.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>라오스와 베트남의 고원부터 인도네시아와 필리핀의 섬들까지, 동남아시아에서는 개성 있는 "
                        "커피와 차가 생산됩니다. 이번 쇼케이스는 아세안 생산자들이 한국의 수입업체, 유통업체, 카페 "
                        "운영자를 만날 수 있도록 돕습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>아세안 회원국 수출업체의 제품 전시</li>"
                        "<li>산지와 가공 방식에 관한 설명과 함께하는 시음</li>"
                        "<li>수출업체와 한국 바이어 간 비즈니스 상담</li></ul>"
                    ),
                ),
                ("heading", {"text": "관람 안내", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>쇼케이스는 무료이며 업계 관계자와 일반 시민 모두 사전 신청 없이 방문할 수 있습니다. "
                        "비즈니스 상담을 원하시는 한국 바이어께서는 사전에 센터로 문의해 주시기 바랍니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": 90,
        "start_time": "10:00",
        "end_time": "17:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "aT Center", "ko": "aT센터"},
        "venue_address": {"en": "27 Gangnam-daero, Seocho-gu", "ko": "서초구 강남대로 27"},
        "venue_city": {"en": "Seoul", "ko": "서울"},
        "is_online": False,
        "online_url": "",
        "priority": "economy",
        "category": "business",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Trade and investment promotion agencies of the ASEAN Member States",
            "ko": "아세안 회원국 무역·투자 진흥 기관",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    # Past events.
    {
        "slug": "asean-career-talk-for-international-students",
        "title": {
            "en": "ASEAN Career Talk for International Students",
            "ko": "아세안 유학생을 위한 커리어 토크",
        },
        "summary": {
            "en": (
                "Students from the ASEAN Member States studying in Korea met professionals from ASEAN and Korea "
                "to talk about careers, internships and job hunting in both regions."
            ),
            "ko": (
                "한국에서 공부하는 아세안 회원국 유학생들이 아세안과 한국의 직장인들을 만나 양 지역에서의 진로, "
                "인턴십, 취업 준비에 대해 이야기를 나누었습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Thousands of students from the ASEAN Member States study at Korean universities. "
                        "This career talk at ASEAN Hall Seoul gave them the chance to hear from professionals "
                        "who have built careers between ASEAN and Korea, and to ask their own questions.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Talks by professionals working in trade, tourism and technology</li>"
                        "<li>Tips on CVs, interviews and internships in Korea and in ASEAN</li>"
                        "<li>Small-group mentoring and networking</li></ul>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>한국의 대학에서는 수많은 아세안 회원국 학생들이 공부하고 있습니다. 아세안홀 서울에서 "
                        "열린 이번 커리어 토크에서 유학생들은 아세안과 한국을 오가며 경력을 쌓아 온 직장인들의 "
                        "이야기를 듣고 궁금한 점을 직접 물어볼 수 있었습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>무역, 관광, 기술 분야 직장인의 강연</li>"
                        "<li>한국과 아세안에서의 이력서, 면접, 인턴십 준비 요령</li>"
                        "<li>소그룹 멘토링과 네트워킹</li></ul>"
                    ),
                ),
            ],
        },
        "starts_in_days": -10,
        "start_time": "15:00",
        "end_time": "17:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "seoul",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "youth-and-future-generations",
        "category": "youth",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "closed",
        "registration_url": "",
        "registration_deadline_in_days": -14,
    },
    {
        "slug": "threads-of-asean-exhibition-opening",
        "title": {
            "en": "Exhibition Opening: Threads of ASEAN",
            "ko": "전시 개막식: 아세안을 잇는 실",
        },
        "summary": {
            "en": (
                "The opening of the special exhibition 'Threads of ASEAN: Traditional Textiles of Southeast "
                "Asia' at ASEAN Hall Seoul, with a curator's tour and a short fashion presentation."
            ),
            "ko": (
                "아세안홀 서울에서 특별 전시 '아세안을 잇는 실: 동남아시아의 전통 직물'의 개막식이 열렸으며, "
                "큐레이터 해설과 짧은 전통 의상 시연이 함께 진행되었습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>The special exhibition 'Threads of ASEAN' opened at ASEAN Hall Seoul with guests "
                        "from the diplomatic community, the textile and fashion world and the public.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Welcome remarks</li>"
                        "<li>Curator's tour of the exhibition</li>"
                        "<li>Presentation of traditional dress from the ASEAN Member States</li></ul>"
                        "<p>The exhibition remains open during the hall's opening hours.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>특별 전시 '아세안을 잇는 실'이 외교단, 섬유·패션계 관계자, 시민들이 참석한 가운데 "
                        "아세안홀 서울에서 개막했습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>환영사</li>"
                        "<li>큐레이터와 함께하는 전시 해설</li>"
                        "<li>아세안 회원국 전통 의상 시연</li></ul>"
                        "<p>전시는 아세안홀 운영 시간 동안 관람할 수 있습니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": -20,
        "start_time": "16:00",
        "end_time": "17:30",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "seoul",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "exhibition",
        "organisers": ORGANISERS,
        "partners": EMBASSIES,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-traditional-dance-afternoon-jeju",
        "title": {
            "en": "ASEAN Traditional Dance Afternoon",
            "ko": "아세안 전통 무용 공연",
        },
        "summary": {
            "en": (
                "Dancers performed traditional dances from several ASEAN Member States at ASEAN Hall Jeju, "
                "followed by a short dance lesson for the audience."
            ),
            "ko": (
                "아세안홀 제주에서 여러 아세안 회원국의 전통 무용 공연이 열렸으며, 공연 후에는 관객을 위한 짧은 "
                "춤 배우기 시간이 이어졌습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Graceful court dances, lively harvest dances and festive group dances: visitors to "
                        "ASEAN Hall Jeju enjoyed an afternoon of traditional dance from the ASEAN Member "
                        "States.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Performance of traditional dances, with an introduction to each dance</li>"
                        "<li>Dance lesson: learn a few simple steps with the performers</li></ul>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>우아한 궁중 무용, 흥겨운 수확의 춤, 축제의 군무까지, 아세안홀 제주를 찾은 방문객들이 "
                        "아세안 회원국의 전통 무용과 함께 오후를 보냈습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>전통 무용 공연과 각 춤에 대한 해설</li>"
                        "<li>춤 배우기: 공연자와 함께 간단한 동작 익히기</li></ul>"
                    ),
                ),
            ],
        },
        "starts_in_days": -60,
        "start_time": "14:00",
        "end_time": "15:00",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": "jeju",
        "venue_name": None,
        "venue_address": None,
        "venue_city": None,
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "performance",
        "organisers": ORGANISERS,
        "partners": None,
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-korea-tourism-networking-night-bangkok",
        "title": {
            "en": "ASEAN-Korea Tourism Networking Night in Bangkok",
            "ko": "방콕 한-아세안 관광 네트워킹의 밤",
        },
        "summary": {
            "en": (
                "Travel agencies, airlines and tourism boards from ASEAN and Korea met in Bangkok to build "
                "partnerships for travel between the two regions."
            ),
            "ko": (
                "아세안과 한국의 여행사, 항공사, 관광청 관계자들이 방콕에 모여 양 지역 간 여행을 위한 협력 관계를 "
                "다졌습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Tourism professionals from ASEAN and Korea gathered in Bangkok for an evening of "
                        "presentations and networking, from 18:00 to 20:30 local time (ICT). The event "
                        "supported the revitalisation of tourism between ASEAN and Korea.</p>"
                    ),
                ),
                ("heading", {"text": "Programme", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Presentations on travel trends and new tourism products</li>"
                        "<li>Networking reception for travel agencies, airlines and tourism "
                        "organisations</li></ul>"
                        "<p>Participation was by invitation.</p>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>아세안과 한국의 관광업계 관계자들이 현지 시간(ICT) 18:00부터 20:30까지 방콕에 모여 "
                        "발표와 네트워킹의 시간을 가졌습니다. 이번 행사는 한-아세안 관광의 활성화를 위해 "
                        "마련되었습니다.</p>"
                    ),
                ),
                ("heading", {"text": "프로그램", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>여행 동향과 새로운 관광 상품 발표</li>"
                        "<li>여행사, 항공사, 관광 기관 간 네트워킹 리셉션</li></ul>"
                        "<p>초청된 분만 참가했습니다.</p>"
                    ),
                ),
            ],
        },
        "starts_in_days": -90,
        "start_time": "20:00",
        "end_time": "22:30",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "Queen Sirikit National Convention Center", "ko": "퀸 시리킷 국립컨벤션센터"},
        "venue_address": {"en": "60 Ratchadaphisek Road, Khlong Toei", "ko": "끌롱떠이구 랏차다피섹로 60"},
        "venue_city": {"en": "Bangkok, Thailand", "ko": "태국 방콕"},
        "is_online": False,
        "online_url": "",
        "priority": "culture-and-tourism",
        "category": "other",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Tourism organisations of the ASEAN Member States and Korea",
            "ko": "아세안 회원국과 한국의 관광 기관",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "not_needed",
        "registration_url": "",
        "registration_deadline_in_days": None,
    },
    {
        "slug": "asean-korea-local-cooperation-forum-daegu",
        "title": {
            "en": "ASEAN-Korea Local Cooperation Forum",
            "ko": "한-아세안 지역 협력 포럼",
        },
        "summary": {
            "en": (
                "Representatives of local governments, universities and businesses from Korea and the ASEAN "
                "Member States met in Daegu to share experiences of city-to-city and regional cooperation."
            ),
            "ko": (
                "한국과 아세안 회원국의 지방정부, 대학, 기업 대표들이 대구에 모여 도시 간·지역 간 협력 경험을 "
                "공유했습니다."
            ),
        },
        "body": {
            "en": [
                (
                    "paragraph",
                    (
                        "<p>Cooperation between ASEAN and Korea is not only a matter for national governments. "
                        "This forum looked at how cities, provinces, universities and local businesses can "
                        "work together, from sister-city ties to student exchanges and trade missions.</p>"
                    ),
                ),
                ("heading", {"text": "Sessions", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>Session 1: Partnerships between cities and provinces</li>"
                        "<li>Session 2: Universities and local talent</li>"
                        "<li>Session 3: Local businesses and regional trade</li></ul>"
                    ),
                ),
            ],
            "ko": [
                (
                    "paragraph",
                    (
                        "<p>한-아세안 협력은 중앙정부만의 일이 아닙니다. 이번 포럼에서는 자매도시 교류부터 학생 "
                        "교류, 무역사절단에 이르기까지, 도시와 지방, 대학, 지역 기업이 함께 협력하는 방안을 "
                        "살펴보았습니다.</p>"
                    ),
                ),
                ("heading", {"text": "세션 구성", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul><li>세션 1: 도시와 지방 간 파트너십</li>"
                        "<li>세션 2: 대학과 지역 인재</li>"
                        "<li>세션 3: 지역 기업과 지역 간 교역</li></ul>"
                    ),
                ),
            ],
        },
        "starts_in_days": -120,
        "start_time": "14:00",
        "end_time": "17:30",
        "end_in_days": None,
        "all_day": False,
        "status": "scheduled",
        "status_note": None,
        "hall": None,
        "venue_name": {"en": "EXCO", "ko": "엑스코(EXCO)"},
        "venue_address": {"en": "10 Exco-ro, Buk-gu", "ko": "북구 엑스코로 10"},
        "venue_city": {"en": "Daegu", "ko": "대구"},
        "is_online": False,
        "online_url": "",
        "priority": "partnerships",
        "category": "forum",
        "organisers": ORGANISERS,
        "partners": {
            "en": "Local governments and universities in Korea and the ASEAN Member States",
            "ko": "한국과 아세안 회원국의 지방정부 및 대학",
        },
        "is_free": True,
        "fee": None,
        "contact_name": None,
        "contact_unit": None,
        "contact_email": "",
        "contact_phone": "",
        "registration_status": "closed",
        "registration_url": "",
        "registration_deadline_in_days": -127,
    },
]
