"""The message bridge queues early messages and fans out later ones."""

from massage_desktop.messages import Level, Message, MessageBus


def test_messages_before_subscription_are_delivered_once() -> None:
    bus = MessageBus()
    bus.post(Level.WARNING, "Early", "before any window")
    first: list[Message] = []
    second: list[Message] = []
    bus.subscribe(first.append)
    bus.subscribe(second.append)
    bus.post(Level.INFO, "Later", "after")
    assert [m.title for m in first] == ["Early", "Later"]
    assert [m.title for m in second] == ["Later"]
    assert first[0].level is Level.WARNING
