from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CourseTeacher")


@_attrs_define
class CourseTeacher:
    """A teacher attached to a course, with its per-course permissions. Inferred from the n8n node's Course Teacher Update
    inputs; wire names proposed.

        Attributes:
            course (int | Unset): Id of the course.
            teacher (int | Unset): User id of the teacher.
            teacher_visualization (bool | Unset): Whether the teacher is shown to students as a teacher of the course.
            tutor (bool | Unset): Whether the teacher acts as a tutor (answers students).
            grader (bool | Unset): Whether the teacher grades students' work.
            profile_viewer (bool | Unset): Whether the teacher may view students' profiles.
            news (bool | Unset): Whether the teacher may post course news.
            financial (bool | Unset): Whether the teacher may see the course's financial data.
            community_notification (bool | Unset): Whether the teacher receives community notifications.
    """

    course: int | Unset = UNSET
    teacher: int | Unset = UNSET
    teacher_visualization: bool | Unset = UNSET
    tutor: bool | Unset = UNSET
    grader: bool | Unset = UNSET
    profile_viewer: bool | Unset = UNSET
    news: bool | Unset = UNSET
    financial: bool | Unset = UNSET
    community_notification: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        course = self.course

        teacher = self.teacher

        teacher_visualization = self.teacher_visualization

        tutor = self.tutor

        grader = self.grader

        profile_viewer = self.profile_viewer

        news = self.news

        financial = self.financial

        community_notification = self.community_notification

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if course is not UNSET:
            field_dict["course"] = course
        if teacher is not UNSET:
            field_dict["teacher"] = teacher
        if teacher_visualization is not UNSET:
            field_dict["teacher_visualization"] = teacher_visualization
        if tutor is not UNSET:
            field_dict["tutor"] = tutor
        if grader is not UNSET:
            field_dict["grader"] = grader
        if profile_viewer is not UNSET:
            field_dict["profile_viewer"] = profile_viewer
        if news is not UNSET:
            field_dict["news"] = news
        if financial is not UNSET:
            field_dict["financial"] = financial
        if community_notification is not UNSET:
            field_dict["community_notification"] = community_notification

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        course = d.pop("course", UNSET)

        teacher = d.pop("teacher", UNSET)

        teacher_visualization = d.pop("teacher_visualization", UNSET)

        tutor = d.pop("tutor", UNSET)

        grader = d.pop("grader", UNSET)

        profile_viewer = d.pop("profile_viewer", UNSET)

        news = d.pop("news", UNSET)

        financial = d.pop("financial", UNSET)

        community_notification = d.pop("community_notification", UNSET)

        course_teacher = cls(
            course=course,
            teacher=teacher,
            teacher_visualization=teacher_visualization,
            tutor=tutor,
            grader=grader,
            profile_viewer=profile_viewer,
            news=news,
            financial=financial,
            community_notification=community_notification,
        )

        course_teacher.additional_properties = d
        return course_teacher

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
